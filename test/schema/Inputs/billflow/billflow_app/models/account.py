from __future__ import annotations

import secrets
from typing import TYPE_CHECKING, Optional

from sqlalchemy import ForeignKey, String, UniqueConstraint, false
from sqlalchemy.orm import Mapped, mapped_column, relationship, validates

from ..enums import Currency
from ..types import intpk, json_doc, str32, str120
from .base import Base, Timestamped

if TYPE_CHECKING:
    from .billing import Invoice, Subscription


def _public_id() -> str:
    return "acct_" + secrets.token_hex(8)


class Account(Timestamped, Base):
    """A tenant of the billing service (one per merchant)."""

    __tablename__ = "accounts"

    id: Mapped[intpk]
    public_id: Mapped[str32] = mapped_column(unique=True, default=_public_id)
    name: Mapped[str120]
    support_email: Mapped[Optional[str]]
    default_currency: Mapped[Currency] = mapped_column(default=Currency.USD)
    live_mode: Mapped[bool] = mapped_column(default=False, server_default=false())
    settings: Mapped[json_doc] = mapped_column(default=dict)

    customers: Mapped[list["Customer"]] = relationship(back_populates="account")


class Customer(Timestamped, Base):
    __tablename__ = "customers"
    __table_args__ = (UniqueConstraint("account_id", "external_ref"),)

    id: Mapped[intpk]
    account_id: Mapped[int] = mapped_column(ForeignKey("accounts.id", ondelete="CASCADE"), index=True)
    external_ref: Mapped[Optional[str32]]
    email: Mapped[str] = mapped_column(String(254))
    name: Mapped[str | None] = mapped_column(String(200))
    tax_exempt: Mapped[bool] = mapped_column(default=False)
    balance_cents: Mapped[int] = mapped_column(default=0, server_default="0",
                                               comment="credit balance in minor units")
    metadata_: Mapped[json_doc | None] = mapped_column("metadata")

    account: Mapped[Account] = relationship(back_populates="customers")
    payment_methods: Mapped[list["PaymentMethod"]] = relationship(
        back_populates="customer", cascade="all, delete-orphan")
    subscriptions: Mapped[list["Subscription"]] = relationship(back_populates="customer")
    invoices: Mapped[list["Invoice"]] = relationship(back_populates="customer")

    @validates("email")
    def _lower(self, key: str, value: str) -> str:
        return value.lower()


class PaymentMethod(Base):
    __tablename__ = "payment_methods"

    id: Mapped[intpk]
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id", ondelete="CASCADE"))
    brand: Mapped[str32]
    last4: Mapped[str] = mapped_column(String(4))
    exp_month: Mapped[int]
    exp_year: Mapped[int]
    is_default: Mapped[bool] = mapped_column(default=False)

    customer: Mapped[Customer] = relationship(back_populates="payment_methods")

    @property
    def label(self) -> str:
        return f"{self.brand} •••• {self.last4}"
