"""Hosted zones and resource records, plus per-type change history tables."""
from __future__ import annotations

import datetime
from typing import Optional

import sqlalchemy as sa
from sqlalchemy import ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ..config import DEFAULT_TTL, DNS_SCHEMA, MAX_FQDN
from .base import Base, InSchema, Timestamps
from .domains import Domain

RECORD_TYPES = ("A", "AAAA", "CNAME", "MX", "TXT", "NS", "SRV", "CAA")


class Zone(InSchema, Timestamps, Base):
    __tablename__ = "zones"
    __schema__ = DNS_SCHEMA

    id: Mapped[int] = mapped_column(primary_key=True)
    domain_id: Mapped[int] = mapped_column(ForeignKey("domains.id"), unique=True)
    serial: Mapped[int] = mapped_column(sa.BigInteger, default=lambda: int(datetime.datetime.utcnow().strftime("%Y%m%d00")))
    default_ttl: Mapped[int] = mapped_column(default=DEFAULT_TTL)
    dnssec: Mapped[bool] = mapped_column(default=False)

    domain: Mapped[Domain] = relationship()
    records: Mapped[list[Record]] = relationship(back_populates="zone", cascade="all, delete-orphan")


class Record(Base):
    __tablename__ = "records"
    __table_args__ = (
        UniqueConstraint("zone_id", "name", "type", "content"),
        sa.CheckConstraint(
            sa.column("type").in_(RECORD_TYPES), name="valid_rtype"
        ),
        sa.CheckConstraint("ttl >= 60", name="min_ttl"),
        {"schema": DNS_SCHEMA},
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    zone_id: Mapped[int] = mapped_column(ForeignKey(f"{DNS_SCHEMA}.zones.id", ondelete="CASCADE"))
    name: Mapped[str] = mapped_column(String(MAX_FQDN), default="@")
    rtype: Mapped[str] = mapped_column("type", String(8))
    content: Mapped[str] = mapped_column(String(1024))
    ttl: Mapped[int] = mapped_column(default=DEFAULT_TTL, server_default=str(DEFAULT_TTL))
    priority: Mapped[Optional[int]] = mapped_column(sa.SmallInteger)
    disabled: Mapped[bool] = mapped_column(server_default=sa.false())

    zone: Mapped[Zone] = relationship(back_populates="records")


def _history_model(rtype: str):
    """A change-log table for one record type, e.g. dns.mx_history."""
    name = f"{rtype.lower()}_history"
    attrs = {
        "__tablename__": name,
        "__table_args__": {"schema": DNS_SCHEMA},
        "id": mapped_column(sa.Integer, primary_key=True),
        "record_id": mapped_column(sa.Integer, nullable=False, index=True),
        "old_content": mapped_column(Text),
        "new_content": mapped_column(Text),
        "changed_at": mapped_column(sa.DateTime, server_default=sa.func.now(), nullable=False),
    }
    return type(f"{rtype.title()}History", (Base,), attrs)


history_models = {rtype: _history_model(rtype) for rtype in ("MX", "NS", "CAA")}
