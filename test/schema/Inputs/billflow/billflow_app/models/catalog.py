from __future__ import annotations

from decimal import Decimal
from typing import Literal, Optional

from sqlalchemy import CheckConstraint, Column, ForeignKey, Integer, String, Table, Text
from sqlalchemy.ext.hybrid import hybrid_property
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ..enums import Currency, PlanInterval
from ..types import bigpk, intpk, money, str32, str120
from .base import Base

plan_features = Table(
    "plan_features",
    Base.metadata,
    Column("plan_id", ForeignKey("plans.id"), primary_key=True),
    Column("feature_id", ForeignKey("features.id"), primary_key=True),
    Column("limit_value", Integer, nullable=True),
)


class Feature(Base):
    __tablename__ = "features"

    id: Mapped[intpk]
    code: Mapped[str32] = mapped_column(unique=True)
    description: Mapped[Optional[str]] = mapped_column(Text)


class Plan(Base):
    __tablename__ = "plans"

    id: Mapped[intpk]
    code: Mapped[str32] = mapped_column(unique=True)
    name: Mapped[str120]
    tier: Mapped[Literal["free", "pro", "enterprise"]]
    active: Mapped[bool] = mapped_column(default=True)
    trial_days: Mapped[int] = mapped_column(default=14)

    prices: Mapped[list["Price"]] = relationship(back_populates="plan")
    features: Mapped[list[Feature]] = relationship(secondary=plan_features)


class Price(Base):
    __tablename__ = "prices"
    __table_args__ = (
        CheckConstraint("unit_amount >= 0", name="amount_nonneg"),
    )

    id: Mapped[bigpk]
    plan_id: Mapped[int] = mapped_column(ForeignKey("plans.id"))
    currency: Mapped[Currency]
    interval: Mapped[PlanInterval] = mapped_column(default=PlanInterval.MONTH)
    unit_amount: Mapped[money]
    tax_rate: Mapped[Decimal] = mapped_column(default=Decimal("0"))
    nickname: Mapped[Optional[str]] = mapped_column(String(80))

    plan: Mapped[Plan] = relationship(back_populates="prices")

    @hybrid_property
    def yearly_amount(self) -> Decimal:
        return self.unit_amount * (12 if self.interval is PlanInterval.MONTH else 1)
