#--- decl20_mapped_app/__init__.py
"""Shop models written in SQLAlchemy 2.0 typed declarative style."""
from .base import Base
from .catalog import Category, Product
from .orders import Customer, Order, OrderLine

__all__ = ["Base", "Category", "Customer", "Order", "OrderLine", "Product"]
#--- decl20_mapped_app/base.py
from sqlalchemy.orm import DeclarativeBase


class Base(DeclarativeBase):
    """Root of every model in the shop."""

    def to_dict(self) -> dict:
        return {c.key: getattr(self, c.key) for c in self.__table__.columns}
#--- decl20_mapped_app/catalog.py
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
#--- decl20_mapped_app/orders.py
from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Optional

from sqlalchemy import ForeignKey, String, func
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base

if TYPE_CHECKING:
    from .catalog import Product


class Customer(Base):
    __tablename__ = "customers"

    id: Mapped[int] = mapped_column(primary_key=True)
    email: Mapped[str] = mapped_column(String(255), unique=True)
    full_name: Mapped[Optional[str]] = mapped_column(String(120))
    orders: Mapped[list[Order]] = relationship(back_populates="customer", order_by="Order.placed_at")


class Order(Base):
    __tablename__ = "orders"

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id"), index=True)
    placed_at: Mapped[datetime.datetime] = mapped_column(server_default=func.now())
    status: Mapped[str] = mapped_column(String(20), default="new")

    customer: Mapped[Customer] = relationship(back_populates="orders")
    lines: Mapped[list[OrderLine]] = relationship(cascade="all, delete-orphan")

    @property
    def total(self):
        return sum(line.quantity for line in self.lines)


class OrderLine(Base):
    __tablename__ = "order_lines"

    order_id: Mapped[int] = mapped_column(ForeignKey("orders.id"), primary_key=True)
    product_id: Mapped[int] = mapped_column(ForeignKey("products.id"), primary_key=True)
    quantity: Mapped[int] = mapped_column(default=1)

    product: Mapped[Product] = relationship()
