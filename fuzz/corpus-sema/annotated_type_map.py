#--- annotated_type_map_app/__init__.py
"""Events platform using Annotated aliases and a type_annotation_map."""
#--- annotated_type_map_app/models.py
from decimal import Decimal
from typing import Any, Optional

from sqlalchemy import Numeric, text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from .types import (
    TYPE_MAP,
    Visibility,
    bigpk,
    intpk,
    money,
    required_name,
    str30,
    str50,
    timestamp,
    venue_fk,
)


class Base(DeclarativeBase):
    type_annotation_map = TYPE_MAP


class Venue(Base):
    __tablename__ = "venues"

    id: Mapped[intpk]
    name: Mapped[required_name]
    city: Mapped[str50]
    address: Mapped[Optional[str]]
    capacity: Mapped[int | None]
    events: Mapped[list["Event"]] = relationship(back_populates="venue")


class Event(Base):
    __tablename__ = "events"

    id: Mapped[bigpk]
    venue_id: Mapped[venue_fk]
    title: Mapped[str]
    slug: Mapped[str30] = mapped_column(unique=True)
    visibility: Mapped[Visibility] = mapped_column(default=Visibility.DRAFT)
    # Optional around an annotated alias: nullable, type from the map
    subtitle: Mapped[Optional[str50]]
    ticket_price: Mapped[money]
    fee: Mapped[Optional[money]]
    extra: Mapped[dict[str, Any]] = mapped_column(default=dict)
    starts_at: Mapped[timestamp]
    # the use site's arguments override the alias's
    created_at: Mapped[timestamp] = mapped_column(server_default=text("now()"))
    # an explicit type overrides the map
    price_eur: Mapped[Decimal] = mapped_column(Numeric(8, 2))

    venue: Mapped["Venue"] = relationship(back_populates="events")

    def __str__(self) -> str:
        return self.title
#--- annotated_type_map_app/types.py
"""Reusable annotated column types (the pattern from the SQLAlchemy 2.0 docs)."""
import datetime
import enum
from decimal import Decimal
from typing import Annotated, Any

from sqlalchemy import JSON, BigInteger, DateTime, Enum, ForeignKey, Numeric, String, func
from sqlalchemy.orm import mapped_column

# plain markers, resolved through Base.type_annotation_map
str30 = Annotated[str, 30]
str50 = Annotated[str, 50]
money = Annotated[Decimal, "money"]

# markers carrying a mapped_column() whose arguments become the column's defaults
intpk = Annotated[int, mapped_column(primary_key=True)]
bigpk = Annotated[int, mapped_column(BigInteger, primary_key=True)]
timestamp = Annotated[
    datetime.datetime,
    mapped_column(nullable=False, server_default=func.CURRENT_TIMESTAMP()),
]
required_name = Annotated[str, mapped_column(String(30), nullable=False)]
venue_fk = Annotated[int, mapped_column(ForeignKey("venues.id", ondelete="RESTRICT"))]


class Visibility(enum.Enum):
    PUBLIC = "public"
    UNLISTED = "unlisted"
    DRAFT = "draft"


TYPE_MAP = {
    str: String(255),
    str30: String(30),
    str50: String(50),
    money: Numeric(12, 4),
    datetime.datetime: DateTime(timezone=True),
    dict[str, Any]: JSON,
    Visibility: Enum(Visibility, native_enum=False, length=16),
}
