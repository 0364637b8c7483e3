import uuid
from decimal import Decimal
from typing import List, Optional

from pydantic import condecimal
from sqlalchemy import Column, Text, UniqueConstraint
from sqlmodel import Field, Relationship, SQLModel

from ..enums import UnitOfMeasure


class ItemSupplierLink(SQLModel, table=True):
    item_id: Optional[int] = Field(default=None, foreign_key="item.id", primary_key=True)
    supplier_id: Optional[int] = Field(default=None, foreign_key="supplier.id", primary_key=True)
    lead_time_days: int = 7
    unit_cost: Optional[condecimal(max_digits=10, decimal_places=3)] = None


class Supplier(SQLModel, table=True):
    id: Optional[int] = Field(default=None, primary_key=True)
    name: str = Field(index=True)
    contact_email: Optional[str] = None
    notes: Optional[str] = Field(default=None, sa_column=Column(Text))

    items: List["Item"] = Relationship(back_populates="suppliers", link_model=ItemSupplierLink)


class ItemBase(SQLModel):
    sku: str = Field(max_length=32)
    name: str
    uom: UnitOfMeasure = UnitOfMeasure.each
    reorder_point: int = Field(default=0, ge=0)


class Item(ItemBase, table=True):
    __table_args__ = (UniqueConstraint("sku", name="uq_item_sku"),)

    id: Optional[int] = Field(default=None, primary_key=True)
    public_id: uuid.UUID = Field(default_factory=uuid.uuid4, index=True, nullable=False)
    weight_kg: Optional[float] = None
    list_price: condecimal(max_digits=12, decimal_places=2) = Field(default=Decimal("0"))
    discontinued: bool = Field(default=False)

    suppliers: List[Supplier] = Relationship(back_populates="items", link_model=ItemSupplierLink)


class ItemRead(ItemBase):
    id: int
    public_id: uuid.UUID
