from __future__ import annotations

import datetime
import uuid
from decimal import Decimal
from typing import List, Optional

from sqlalchemy import ForeignKey, Numeric, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base


class Category(Base):
    __tablename__ = "categories"

    id: Mapped[int] = mapped_column(primary_key=True)
    # no annotation: the type comes from the referenced column
    parent_id = mapped_column(ForeignKey("categories.id"))
    name: Mapped[str] = mapped_column(String(80))
    description: Mapped[Optional[str]] = mapped_column(Text)

    parent: Mapped[Optional[Category]] = relationship(back_populates="children", remote_side=[id])
    children: Mapped[List[Category]] = relationship(back_populates="parent")
    products: Mapped[list["Product"]] = relationship(back_populates="category")

    def __repr__(self) -> str:
        return f"Category({self.name!r})"


class Product(Base):
    __tablename__ = "products"

    id: Mapped[int] = mapped_column(primary_key=True)
    sku: Mapped[uuid.UUID] = mapped_column(default=uuid.uuid4, unique=True)
    category_id: Mapped[int | None] = mapped_column(ForeignKey("categories.id", ondelete="SET NULL"))
    title: Mapped[str] = mapped_column(String(200), index=True)
    price: Mapped[Decimal] = mapped_column(Numeric(12, 2))
    weight_kg: Mapped[float | None]
    in_stock: Mapped[bool] = mapped_column(default=True)
    # explicit nullable= wins over the annotation, both ways
    barcode: Mapped[Optional[str]] = mapped_column(String(32), nullable=False)
    notes: Mapped[str] = mapped_column(Text, nullable=True)
    thumbnail: Mapped[Optional[bytes]]
    released_on: Mapped[datetime.date | None]
    updated_at: Mapped[datetime.datetime] = mapped_column(default=datetime.datetime.now)

    category: Mapped[Optional[Category]] = relationship(back_populates="products")

    @property
    def is_heavy(self) -> bool:
        return (self.weight_kg or 0) > 30
