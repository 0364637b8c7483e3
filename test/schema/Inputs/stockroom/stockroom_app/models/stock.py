from datetime import date, datetime
from typing import Optional

from sqlalchemy import CheckConstraint, Index
from sqlmodel import Field, Relationship, SQLModel

from ..enums import MovementKind
from .warehouse import Warehouse


class StockLevel(SQLModel, table=True):
    __tablename__ = "stock_levels"
    __table_args__ = (
        Index("ix_stock_item_wh", "item_id", "warehouse_id", unique=True),
        CheckConstraint("on_hand >= 0", name="ck_on_hand_nonneg"),
    )

    id: Optional[int] = Field(default=None, primary_key=True)
    item_id: int = Field(foreign_key="item.id")
    warehouse_id: int = Field(foreign_key="warehouse.id")
    bin_id: Optional[int] = Field(default=None, foreign_key="bin.id")
    on_hand: int = 0
    reserved: int = 0
    last_counted: Optional[date] = None

    warehouse: Warehouse = Relationship(back_populates="stock_levels")

    @property
    def available(self) -> int:
        return self.on_hand - self.reserved


class StockMovement(SQLModel, table=True):
    __tablename__ = "stock_movements"

    id: Optional[int] = Field(default=None, primary_key=True)
    item_id: int = Field(foreign_key="item.id", index=True)
    from_warehouse_id: Optional[int] = Field(default=None, foreign_key="warehouse.id")
    to_warehouse_id: Optional[int] = Field(default=None, foreign_key="warehouse.id")
    kind: MovementKind
    quantity: int
    reference: Optional[str] = Field(default=None, max_length=64)
    moved_at: datetime = Field(default_factory=datetime.utcnow, nullable=False)
