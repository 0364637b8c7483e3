from __future__ import annotations

import datetime
from typing import Optional

import sqlalchemy as sa
from sqlalchemy import CheckConstraint, Column, ForeignKey, Index, String, Table, func
from sqlalchemy.dialects import postgresql
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ..config import BILLING_SCHEMA, DNS_SCHEMA, MAX_FQDN, MAX_LABEL
from .accounts import Registrant
from .base import Base, Timestamps, metadata

IPAddress = String(45).with_variant(postgresql.INET(), "postgresql")

domain_nameservers = Table(
    "domain_nameservers",
    metadata,
    Column("domain_id", ForeignKey("domains.id", ondelete="CASCADE"), primary_key=True),
    Column("nameserver_id", ForeignKey("nameservers.id", ondelete="RESTRICT"), primary_key=True),
    Column("position", sa.SmallInteger, nullable=False, server_default="1"),
)


class TLD(Base):
    __tablename__ = "tlds"

    name: Mapped[str] = mapped_column(String(MAX_LABEL), primary_key=True)
    registry_operator: Mapped[str] = mapped_column(String(120))
    price_cents: Mapped[int]
    renew_price_cents: Mapped[int]
    idn_supported: Mapped[bool] = mapped_column(server_default=sa.true())
    min_years: Mapped[int] = mapped_column(sa.SmallInteger, server_default=sa.text("1"))


class Domain(Timestamps, Base):
    __tablename__ = "domains"
    __table_args__ = (
        CheckConstraint("expires_on > registered_on", name="expiry_after_registration"),
        Index(None, "status", "expires_on"),
        Index("domains_active_name_idx", "fqdn", unique=True,
              postgresql_where=sa.text("status <> 'deleted'")),
    )

    id: Mapped[int] = mapped_column(sa.BigInteger, sa.Identity(), primary_key=True)
    name: Mapped[str] = mapped_column("fqdn", String(MAX_FQDN))
    tld: Mapped[str] = mapped_column(ForeignKey(TLD.name, onupdate="CASCADE"))
    registrant_id: Mapped[int] = mapped_column(
        ForeignKey(f"{BILLING_SCHEMA}.registrants.id", ondelete="RESTRICT")
    )
    status: Mapped[str] = mapped_column(String(16), default="active")
    registered_on: Mapped[datetime.date] = mapped_column(server_default=func.current_date())
    expires_on: Mapped[datetime.date]
    auto_renew: Mapped[bool] = mapped_column(default=True)
    locked: Mapped[bool] = mapped_column(default=True)
    auth_code: Mapped[Optional[str]] = mapped_column(String(32), deferred=True)
    label_length: Mapped[int] = mapped_column(sa.Computed("char_length(fqdn) - char_length(tld) - 1"))

    registrant: Mapped[Registrant] = relationship()
    nameservers: Mapped[list[Nameserver]] = relationship(secondary=domain_nameservers,
                                                         order_by="Nameserver.hostname")

    def __repr__(self) -> str:
        return f"<Domain {self.name}>"


Index("domains_fqdn_lower_idx", func.lower(Domain.name))


class Nameserver(Base):
    __tablename__ = "nameservers"
    __table_args__ = (
        Index(f"{__tablename__}_ipv4_idx", "ipv4"),
        Index(f"{__tablename__}_ipv6_idx", "ipv6"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    hostname: Mapped[str] = mapped_column(String(MAX_FQDN), unique=True)
    ipv4: Mapped[Optional[str]] = mapped_column(IPAddress)
    ipv6: Mapped[Optional[str]] = mapped_column(IPAddress)
    glue_domain_id: Mapped[Optional[int]] = mapped_column(ForeignKey("domains.id", ondelete="SET NULL"))
