#--- namingdemo/__init__.py
"""Models whose constraint and index names come from naming conventions."""
#--- namingdemo/models.py
"""Constraint and index names after MetaData(naming_convention=...).

Two declarative bases with different conventions. The names each constraint
gets are in ../expected.<dialect>.json; comments show the PostgreSQL ones.
"""
from typing import Optional

from sqlalchemy import (
    CheckConstraint,
    ForeignKey,
    ForeignKeyConstraint,
    Index,
    MetaData,
    String,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    # No %(constraint_name)s: an explicitly named check keeps its own name,
    # and a check written as SQL text has no columns, so column_0_name is "".
    "ck": "ck_%(table_name)s_%(column_0_name)s",
    "fk": "fk_%(table_name)s_%(column_0N_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class Organization(Base):
    __tablename__ = "organizations"
    __table_args__ = (
        # slug_min_length: the convention does not use the name, so it stays
        CheckConstraint("length(slug) > 2", name="slug_min_length"),
    )

    # pk_organizations
    id: Mapped[int] = mapped_column(primary_key=True)
    region: Mapped[str] = mapped_column(String(8), primary_key=True)
    # uq_organizations_slug
    slug: Mapped[str] = mapped_column(String(40), unique=True)
    # ix_organizations_name
    name: Mapped[str] = mapped_column(String(100), index=True)


class Member(Base):
    __tablename__ = "members"
    __table_args__ = (
        # fk_members_org_idorg_region_organizations
        ForeignKeyConstraint(
            ["org_id", "org_region"], ["organizations.id", "organizations.region"]
        ),
        # uq_members_org_id_handle
        UniqueConstraint("org_id", "handle"),
        UniqueConstraint("email", "handle", name="member_contact"),
        # ix_members_org_region
        Index(None, "org_region", "handle"),
        Index("member_handle_lookup", "handle"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    org_id: Mapped[int]
    org_region: Mapped[str] = mapped_column(String(8))
    # unique=True with index=True makes a unique index, ix_members_email,
    # and no unique constraint
    email: Mapped[str] = mapped_column(String(200), unique=True, index=True)
    handle: Mapped[str] = mapped_column(String(40))
    # ck_members_ (the check has no columns)
    age: Mapped[int] = mapped_column(CheckConstraint("age >= 0"))


class SubscriptionHistory(Base):
    """A 45-character table name: most of its names exceed the limits."""

    __tablename__ = "customer_subscription_billing_history_entries"
    __table_args__ = (
        # 76 characters: cut and given an md5 suffix on PostgreSQL and MySQL
        UniqueConstraint("member_id", "plan", "amount_cents"),
        # ck_customer_subscription_billing_history_entries_
        CheckConstraint("amount_cents >= 0"),
    )

    # pk_customer_subscription_billing_history_entries
    id: Mapped[int] = mapped_column(primary_key=True)
    # fk_customer_subscription_billing_history_entries_member_id_members,
    # 66 characters: cut on PostgreSQL and MySQL
    member_id: Mapped[int] = mapped_column(ForeignKey("members.id"))
    # ix_customer_subscription_billing_history_entries_invoice_numbers, 64
    # characters: cut on PostgreSQL (63) but not on MySQL (64)
    invoice_numbers: Mapped[str] = mapped_column(String(32), index=True)
    plan: Mapped[str] = mapped_column(String(20))
    amount_cents: Mapped[int]


class AuditBase(DeclarativeBase):
    metadata = MetaData(
        naming_convention={
            "ix": "%(table_name)s_%(column_0_N_name)s_idx",
            # A class as the key: applies to UniqueConstraint like "uq" would
            UniqueConstraint: "%(table_name)s_%(column_0_N_key)s_key",
            "ck": "ck_%(table_name)s_%(constraint_name)s",
            "fk": "%(table_name)s_%(column_0_name)s_fkey",
            "pk": "%(table_name)s_pkey",
        }
    )


class AuditEvent(AuditBase):
    __tablename__ = "audit_events"
    __table_args__ = (
        # With %(constraint_name)s every check must be named (SQLAlchemy raises
        # otherwise); the name goes into the template: ck_audit_events_payload_limit
        CheckConstraint("payload_size < 1048576", name="payload_limit"),
        CheckConstraint("kind <> ''", name="kind_present"),
        # audit_events_actor_id_kind_key
        UniqueConstraint("actor_id", "kind"),
        # audit_events_kind_payload_size_idx
        Index(None, "kind", "payload_size"),
    )

    # audit_events_pkey
    id: Mapped[int] = mapped_column(primary_key=True)
    # audit_events_actor_id_idx
    actor_id: Mapped[int] = mapped_column(index=True)
    # audit_events_parent_id_fkey
    parent_id: Mapped[Optional[int]] = mapped_column(ForeignKey("audit_events.id"))
    kind: Mapped[str] = mapped_column(String(20))
    payload_size: Mapped[int]
