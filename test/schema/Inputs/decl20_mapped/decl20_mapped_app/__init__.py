"""Shop models written in SQLAlchemy 2.0 typed declarative style."""
from .base import Base
from .catalog import Category, Product
from .orders import Customer, Order, OrderLine

__all__ = ["Base", "Category", "Customer", "Order", "OrderLine", "Product"]
