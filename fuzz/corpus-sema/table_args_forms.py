#--- table_args_forms_app/__init__.py
"""Every way of writing __table_args__, plus a class mapped onto __table__."""
#--- table_args_forms_app/meta.py
from sqlalchemy.orm import declarative_base

Base = declarative_base()

INNODB = {"mysql_engine": "InnoDB", "mysql_charset": "utf8mb4"}


class AuditSchemaMixin:
    """Tables of classes using this mixin live in the `audit` schema."""

    __table_args__ = {"schema": "audit", "comment": "append-only audit data"}
#--- table_args_forms_app/models.py
from sqlalchemy import (
    CheckConstraint,
    Column,
    DateTime,
    ForeignKeyConstraint,
    Index,
    Integer,
    String,
    Table,
    Text,
    UniqueConstraint,
    func,
)

from .meta import INNODB, AuditSchemaMixin, Base


class Account(Base):
    """A tuple of constraints."""

    __tablename__ = "accounts"
    __table_args__ = (
        UniqueConstraint("tenant", "email"),
        UniqueConstraint("tenant", "handle", name="uq_account_handle"),
        CheckConstraint("char_length(handle) >= 3", name="handle_len"),
        Index("ix_accounts_tenant_created", "tenant", "created_at"),
    )

    id = Column(Integer, primary_key=True)
    tenant = Column(String(40), nullable=False)
    email = Column(String(200), nullable=False)
    handle = Column(String(30), nullable=False)
    credits = Column(Integer, CheckConstraint("credits >= 0"), default=0)
    created_at = Column(DateTime, server_default=func.now())

    def __repr__(self):
        return f"Account({self.tenant}/{self.handle})"


# an expression index declared after the class, as many projects do
Index("ix_accounts_email_lower", func.lower(Account.email), unique=True)


class Setting(Base):
    """A plain dict: table options only."""

    __tablename__ = "settings"
    __table_args__ = {"comment": "key/value settings", **INNODB}

    key = Column(String(64), primary_key=True)
    value = Column(Text, comment="JSON-encoded value")


class Membership(Base):
    """A tuple whose last element is a dict of options."""

    __tablename__ = "memberships"
    __table_args__ = (
        ForeignKeyConstraint(
            ["account_id", "account_tenant"],
            ["accounts.id", "accounts.tenant"],
            name="fk_membership_account",
            ondelete="cascade",
        ),
        Index(None, "role"),
        {"comment": "who belongs where", "schema": None},
    )

    account_id = Column(Integer, primary_key=True)
    account_tenant = Column(String(40), primary_key=True)
    group_name = Column(String(40), primary_key=True)
    role = Column(String(20), default="member")


class AuditEntry(AuditSchemaMixin, Base):
    """__table_args__ inherited from a mixin."""

    __tablename__ = "entries"

    id = Column(Integer, primary_key=True)
    account_id = Column(Integer)
    action = Column(String(30), nullable=False, index=True)


legacy_orders = Table(
    "legacy_orders",
    Base.metadata,
    Column("ORDER_NO", Integer, primary_key=True),
    Column("CUST_NAME", String(60)),
    Column("TOTAL_CENTS", Integer, nullable=False, server_default="0"),
    schema="erp",
    comment="imported nightly",
)


class LegacyOrder(Base):
    """Mapped onto an existing Table; attribute names differ from columns."""

    __table__ = legacy_orders

    number = legacy_orders.c.ORDER_NO
    customer = legacy_orders.c.CUST_NAME

    @property
    def total(self):
        return self.TOTAL_CENTS / 100
