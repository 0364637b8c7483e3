"""Declarative base with a constraint naming convention (Alembic needs stable names)."""
from __future__ import annotations

import datetime

from sqlalchemy import DateTime, ForeignKey, MetaData, func
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column

from ..config import CORE_SCHEMA

metadata_obj = MetaData(
    naming_convention={
        "ix": "ix_%(table_name)s_%(column_0_N_name)s",
        "uq": "uq_%(table_name)s_%(column_0_N_name)s",
        "ck": "ck_%(table_name)s_%(constraint_name)s",
        "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
        "pk": "pk_%(table_name)s",
    }
)


class Base(DeclarativeBase):
    metadata = metadata_obj
    type_annotation_map = {datetime.datetime: DateTime(timezone=True)}


class TenantScoped:
    """Every tenant-owned row carries ``tenant_id``; queries are filtered on it."""

    @declared_attr
    def tenant_id(cls) -> Mapped[int]:
        return mapped_column(ForeignKey(f"{CORE_SCHEMA}.tenants.id", ondelete="CASCADE"), index=True)

    created_at: Mapped[datetime.datetime] = mapped_column(server_default=func.now())
