from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Optional

from sqlalchemy import BigInteger, Enum, ForeignKey, Index, String, func, text
from sqlalchemy.orm import Mapped, column_property, mapped_column, relationship, synonym

from ..enums import InvoiceStatus, SubscriptionStatus
from ..types import bigpk, intpk, json_doc, money
from .account import Customer
from .base import Base, Timestamped
from .catalog import Price


class Subscription(Timestamped, Base):
    __tablename__ = "subscriptions"

    id: Mapped[intpk]
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id"), index=True)
    price_id: Mapped[int] = mapped_column(ForeignKey("prices.id"))
    status: Mapped[SubscriptionStatus] = mapped_column(
        Enum(SubscriptionStatus, name="subscription_status", values_callable=lambda e: [m.value for m in e]),
        default=SubscriptionStatus.TRIALING,
    )
    quantity: Mapped[int] = mapped_column(default=1)
    current_period_start: Mapped[dt.datetime]
    current_period_end: Mapped[dt.datetime]
    cancel_at: Mapped[Optional[dt.datetime]]
    trial_end: Mapped[dt.date | None]

    customer: Mapped[Customer] = relationship(back_populates="subscriptions")
    price: Mapped[Price] = relationship()
    usage: Mapped[list["UsageRecord"]] = relationship(back_populates="subscription")


class Invoice(Timestamped, Base):
    __tablename__ = "invoices"
    __table_args__ = (Index(None, "customer_id", "status"),)

    id: Mapped[bigpk]
    number: Mapped[str] = mapped_column(String(40), unique=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id"))
    subscription_id: Mapped[Optional[int]] = mapped_column(ForeignKey("subscriptions.id", ondelete="SET NULL"))
    _status: Mapped[InvoiceStatus] = mapped_column("status", default=InvoiceStatus.DRAFT)
    subtotal: Mapped[money] = mapped_column(default=Decimal("0.00"))
    tax: Mapped[money] = mapped_column(server_default=text("0"))
    due_date: Mapped[Optional[dt.date]]
    paid_at: Mapped[Optional[dt.datetime]] = mapped_column(deferred=True)
    pdf_blob: Mapped[Optional[bytes]] = mapped_column(deferred=True)

    customer: Mapped[Customer] = relationship(back_populates="invoices")
    lines: Mapped[list["InvoiceLine"]] = relationship(back_populates="invoice", cascade="all, delete-orphan")

    status = synonym("_status")
    total = column_property(subtotal + tax)


class InvoiceLine(Base):
    __tablename__ = "invoice_lines"

    id: Mapped[bigpk]
    invoice_id: Mapped[int] = mapped_column(BigInteger, ForeignKey("invoices.id", ondelete="CASCADE"))
    description: Mapped[str]
    quantity: Mapped[int] = mapped_column(default=1)
    unit_amount: Mapped[money]
    period: Mapped[Optional[json_doc]]

    invoice: Mapped[Invoice] = relationship(back_populates="lines")

    def amount(self) -> Decimal:
        return self.unit_amount * self.quantity


class UsageRecord(Base):
    __tablename__ = "usage_records"

    id: Mapped[bigpk]
    subscription_id: Mapped[int] = mapped_column(ForeignKey("subscriptions.id"), index=True)
    metric: Mapped[str] = mapped_column(String(64))
    quantity: Mapped[int] = mapped_column(BigInteger)
    recorded_at: Mapped[dt.datetime] = mapped_column(default=func.now(), index=True)
    idempotency_key: Mapped[Optional[str]] = mapped_column(String(64), unique=True)

    subscription: Mapped[Subscription] = relationship(back_populates="usage")
