"""SQLModel tables. API schemas (``*Create``, ``*Read``) live next to them."""
from .warehouse import Warehouse, WarehouseCreate, WarehouseRead, Bin
from .items import Supplier, Item, ItemSupplierLink, ItemRead
from .stock import StockLevel, StockMovement

__all__ = [
    "Warehouse", "WarehouseCreate", "WarehouseRead", "Bin",
    "Supplier", "Item", "ItemSupplierLink", "ItemRead",
    "StockLevel", "StockMovement",
]
