"""composite() in 2.0 style: columns named and typed where written, else
after the dataclass's fields and their annotations."""
import dataclasses
from decimal import Decimal
from typing import Optional

from sqlalchemy import Integer, Numeric, String
from sqlalchemy.orm import DeclarativeBase, Mapped, composite, mapped_column


class Base(DeclarativeBase):
    pass


@dataclasses.dataclass
class Point:
    x: int
    y: int


@dataclasses.dataclass
class GeoPosition:
    lat: float
    lon: float
    label: Optional[str] = None


@dataclasses.dataclass
class Money:
    amount: Decimal
    currency: str


class Shape(Base):
    __tablename__ = "shapes"
    id: Mapped[int] = mapped_column(primary_key=True)
    start: Mapped[Point] = composite(mapped_column("x1"), mapped_column("y1", Integer))
    end: Mapped[Point] = composite(mapped_column("x2"), mapped_column("y2"))
    name: Mapped[str] = mapped_column(String(40))


class Depot(Base):
    __tablename__ = "depots"
    id: Mapped[int] = mapped_column(primary_key=True)
    position: Mapped[GeoPosition] = composite()
    price: Mapped[Money] = composite(
        mapped_column("price_amount", Numeric(10, 2)),
        mapped_column("price_currency", String(3)),
    )
