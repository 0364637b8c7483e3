from datetime import datetime
from typing import TYPE_CHECKING, List, Optional

from sqlalchemy import Column, DateTime, func
from sqlmodel import Field, Relationship, SQLModel

if TYPE_CHECKING:
    from .stock import StockLevel


class WarehouseBase(SQLModel):
    code: str = Field(max_length=8, index=True, sa_column_kwargs={"unique": True})
    name: str = Field(max_length=120)
    city: Optional[str] = Field(default=None, max_length=80)
    is_active: bool = True


class Warehouse(WarehouseBase, table=True):
    id: Optional[int] = Field(default=None, primary_key=True)
    opened_at: datetime = Field(
        sa_column=Column(DateTime(timezone=True), server_default=func.now(), nullable=False)
    )

    bins: List["Bin"] = Relationship(back_populates="warehouse")
    stock_levels: List["StockLevel"] = Relationship(back_populates="warehouse")


class WarehouseCreate(WarehouseBase):
    pass


class WarehouseRead(WarehouseBase):
    id: int


class Bin(SQLModel, table=True):
    """A physical storage location inside a warehouse (aisle / shelf / slot)."""

    id: Optional[int] = Field(default=None, primary_key=True)
    warehouse_id: int = Field(foreign_key="warehouse.id")
    aisle: str = Field(max_length=4)
    shelf: int = 0
    slot: int = 0
    capacity: Optional[int] = None

    warehouse: Warehouse = Relationship(back_populates="bins")

    @property
    def label(self) -> str:
        return f"{self.aisle}-{self.shelf:02d}-{self.slot:02d}"
