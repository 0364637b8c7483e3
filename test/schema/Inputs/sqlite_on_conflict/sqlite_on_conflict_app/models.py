"""SQLite's ON CONFLICT clauses: sqlite_on_conflict= of a primary key, a
unique and a check constraint (Galaxy's PrimaryKeyConstraint(
sqlite_on_conflict="IGNORE") after its columns), and a column's
sqlite_on_conflict_not_null / _primary_key / _unique, the last two where
the column is its constraint's only one; inline with
sqlite_autoincrement."""
from datetime import datetime

from sqlalchemy import (
    CheckConstraint,
    Column,
    DateTime,
    Integer,
    PrimaryKeyConstraint,
    String,
    Table,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class Base(DeclarativeBase):
    pass


class Audit(Base):
    __tablename__ = "audit"
    __table_args__ = (
        PrimaryKeyConstraint(sqlite_on_conflict="IGNORE"),
        UniqueConstraint("label", "at", sqlite_on_conflict="REPLACE"),
        CheckConstraint("score >= 0", name="ck_score", sqlite_on_conflict="FAIL"),
    )
    item_id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(DateTime, primary_key=True)
    label: Mapped[str] = mapped_column(String(40), sqlite_on_conflict_not_null="ROLLBACK")
    score: Mapped[int] = mapped_column()


contacts = Table(
    "contacts",
    Base.metadata,
    Column("id", Integer, primary_key=True, sqlite_on_conflict_primary_key="REPLACE"),
    Column("email", String(80), unique=True, sqlite_on_conflict_unique="IGNORE"),
    Column("name", String(80), nullable=False, sqlite_on_conflict_not_null="FAIL"),
)

counters = Table(
    "counters",
    Base.metadata,
    Column("id", Integer, primary_key=True, sqlite_on_conflict_primary_key="ABORT"),
    Column("value", Integer),
    sqlite_autoincrement=True,
)
