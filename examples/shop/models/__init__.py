"""The shop's ORM models; importing this package registers every table."""

from .base import Base
from .customer import Address, Customer
from .order import Order, OrderLine, OrderStatus
from .product import Product, Tag, product_tags

__all__ = [
    "Address",
    "Base",
    "Customer",
    "Order",
    "OrderLine",
    "OrderStatus",
    "Product",
    "Tag",
    "product_tags",
]
