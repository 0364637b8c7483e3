"""include_properties / exclude_properties: columns left in the table, mapped to no attribute."""

from typing import Optional

from sqlalchemy import Column, ForeignKey, Integer, String, Table
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class Base(DeclarativeBase):
    pass


class User(Base):
    __tablename__ = "users"
    __mapper_args__ = {"exclude_properties": ["password_hash", "legacy_id"]}

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(50))
    password_hash: Mapped[Optional[str]] = mapped_column(String(128))
    legacy_id: Mapped[Optional[int]]


accounts = Table(
    "accounts",
    Base.metadata,
    Column("id", Integer, primary_key=True),
    Column("owner", String(40)),
    Column("internal_note", String(200)),
    Column("audit_blob", String(200)),
)


class Account(Base):
    __table__ = accounts
    __mapper_args__ = {"include_properties": ["id", "owner"]}


ledger = Table(
    "ledger",
    Base.metadata,
    Column("id", Integer, primary_key=True),
    Column("amount", Integer),
    Column("checksum", String(64)),
)


class LedgerEntry(Base):
    __table__ = ledger
    # Column objects name what to leave out as well as keys do.
    __mapper_args__ = {"exclude_properties": [ledger.c.checksum]}


class Employee(Base):
    __tablename__ = "employees"
    __mapper_args__ = {"polymorphic_on": "kind", "polymorphic_identity": "employee"}

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(20))
    badge: Mapped[Optional[str]] = mapped_column(String(20))


class Manager(Employee):
    __tablename__ = "managers"
    __mapper_args__ = {
        "polymorphic_identity": "manager",
        "exclude_properties": ["budget_code"],
    }

    id: Mapped[int] = mapped_column(ForeignKey("employees.id"), primary_key=True)
    reports: Mapped[int] = mapped_column(default=0)
    budget_code: Mapped[Optional[str]] = mapped_column(String(10))


class Contractor(Employee):
    # Single-table: the parent maps the table's columns whatever this says.
    __mapper_args__ = {"polymorphic_identity": "contractor", "exclude_properties": ["badge"]}
