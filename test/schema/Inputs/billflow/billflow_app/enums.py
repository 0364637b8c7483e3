"""Enumerations persisted by the billing models.

Values are stored by *name* (SQLAlchemy's default for ``Enum(PyEnum)``), so renaming
a member is a migration; changing its value is not.
"""
import enum


class PlanInterval(enum.Enum):
    MONTH = "month"
    YEAR = "year"


class SubscriptionStatus(str, enum.Enum):
    TRIALING = "trialing"
    ACTIVE = "active"
    PAST_DUE = "past_due"
    CANCELED = "canceled"

    @property
    def is_live(self) -> bool:
        return self in (SubscriptionStatus.TRIALING, SubscriptionStatus.ACTIVE)


class InvoiceStatus(enum.Enum):
    DRAFT = "draft"
    OPEN = "open"
    PAID = "paid"
    VOID = "void"
    UNCOLLECTIBLE = "uncollectible"


class Currency(enum.Enum):
    USD = "usd"
    EUR = "eur"
    GBP = "gbp"
