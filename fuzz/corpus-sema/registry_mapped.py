#--- registry_mapped_app/__init__.py
"""Mapping through registry objects: decorators, dataclasses, imperative."""
from sqlalchemy.orm import registry

mapper_registry = registry()
#--- registry_mapped_app/billing.py
"""A second registry with its own MetaData, and a base generated from it."""
from sqlalchemy import Column, ForeignKey, Integer, MetaData, Numeric, String
from sqlalchemy.orm import registry, relationship

billing_registry = registry(metadata=MetaData(schema="billing"))
BillingBase = billing_registry.generate_base()


class Plan(BillingBase):
    __tablename__ = "plans"

    id = Column(Integer, primary_key=True)
    code = Column(String(20), unique=True, nullable=False)
    monthly_price = Column(Numeric(8, 2), nullable=False)


@billing_registry.mapped
class Subscription:
    __tablename__ = "subscriptions"

    id = Column(Integer, primary_key=True)
    plan_id = Column(ForeignKey("billing.plans.id"), nullable=False)
    # cross-schema reference into the default schema of the other registry
    user_id = Column(Integer, ForeignKey("public.user_account.id"), nullable=True)
    plan = relationship(Plan)
#--- registry_mapped_app/domain.py
from __future__ import annotations

import datetime
from dataclasses import dataclass, field
from typing import List, Optional

from sqlalchemy import Column, DateTime, ForeignKey, Integer, String, Table, func
from sqlalchemy.orm import Mapped, mapped_column, relationship

from . import mapper_registry


@mapper_registry.mapped
class User:
    """Classic Column attributes on a decorator-mapped class."""

    __tablename__ = "user_account"

    id = Column(Integer, primary_key=True)
    name = Column(String(30), nullable=False)
    fullname = Column(String(100))

    addresses = relationship("Address", back_populates="user")

    def __repr__(self):
        return f"User(id={self.id!r}, name={self.name!r})"


@mapper_registry.mapped_as_dataclass
class Preference:
    """Typed attributes and dataclass semantics from the registry."""

    __tablename__ = "preferences"

    id: Mapped[int] = mapped_column(init=False, primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("user_account.id"))
    key: Mapped[str] = mapped_column(String(50))
    value: Mapped[Optional[str]] = mapped_column(String(200), default=None)
    updated: Mapped[datetime.datetime] = mapped_column(
        init=False, server_default=func.now(), onupdate=func.now()
    )


address_table = Table(
    "address",
    mapper_registry.metadata,
    Column("id", Integer, primary_key=True),
    Column("user_id", Integer, ForeignKey("user_account.id"), nullable=False),
    Column("email_address", String(120), nullable=False),
    Column("verified_at", DateTime),
)


@dataclass
class Address:
    """A plain dataclass, mapped imperatively onto address_table."""

    email_address: str
    id: int | None = None
    user_id: int | None = None
    tags: List[str] = field(default_factory=list)


mapper_registry.map_imperatively(
    Address,
    address_table,
    properties={
        "user": relationship(User, back_populates="addresses"),
        "email": address_table.c.email_address,
    },
)
