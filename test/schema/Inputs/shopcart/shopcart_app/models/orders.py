import uuid
from datetime import datetime, timedelta

from sqlalchemy import Column, DateTime, Enum, ForeignKey, Integer, Numeric, String, Boolean, text
from sqlalchemy.orm import relationship

from ..settings import DEFAULT_ORDER_STATUS, ORDER_STATUSES
from .catalog import money_column
from .meta import Base, OwnedMixin, TimestampMixin


def _order_number():
    return uuid.uuid4().hex[:12].upper()


def _cart_expiry():
    return datetime.utcnow() + timedelta(days=14)


class Cart(OwnedMixin, TimestampMixin, Base):
    token = Column(String(36), nullable=False, unique=True, default=lambda: str(uuid.uuid4()))
    expires_at = Column(DateTime, default=_cart_expiry)

    items = relationship("CartItem", back_populates="cart", cascade="all, delete-orphan")


class CartItem(Base):
    __tablename__ = "cart_item"

    cart_id = Column(Integer, ForeignKey("cart.id", ondelete="CASCADE"), nullable=False)
    product_id = Column(Integer, ForeignKey("product.id"), nullable=False)
    quantity = Column(Integer, nullable=False, default=1)

    cart = relationship(Cart, back_populates="items")
    product = relationship("Product")


class Coupon(Base):
    code = Column(String(32), unique=True, nullable=False)
    percent_off = Column(Integer)
    amount_off = money_column(nullable=True)
    max_redemptions = Column(Integer)
    active = Column(Boolean, nullable=False, server_default=text("1"))


class Order(OwnedMixin, TimestampMixin, Base):
    __tablename__ = "orders"

    number = Column(String(12), nullable=False, unique=True, default=_order_number)
    status = Column(Enum(*ORDER_STATUSES, name="order_status"), nullable=False,
                    default=DEFAULT_ORDER_STATUS, index=True)
    coupon_id = Column(Integer, ForeignKey("coupon.id"))
    subtotal = money_column()
    shipping = money_column(server_default="0")
    total = money_column()
    placed_at = Column(DateTime)
    notes = Column("customer_notes", String(1000), key="notes")

    customer = relationship("Customer", back_populates="orders")
    lines = relationship("OrderLine", back_populates="order")
    coupon = relationship(Coupon)


class OrderLine(Base):
    __tablename__ = "order_line"

    order_id = Column(Integer, ForeignKey("orders.id"), nullable=False, index=True)
    product_id = Column(Integer, ForeignKey("product.id", ondelete="RESTRICT"), nullable=False)
    quantity = Column(Integer, nullable=False)
    unit_price = money_column()
    tax_rate = Column(Numeric(5, 4), nullable=False, default=0)

    order = relationship(Order, back_populates="lines")
    product = relationship("Product")
