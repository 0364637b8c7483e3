"""A PrimaryKeyConstraint without columns, attached after the columns (a
declarative class's __table_args__, a Core table's last item), takes the
columns marked primary_key=True, as Galaxy's history_audit does to give
its key a name and options; given first, the columns join it as they
come."""
from datetime import datetime

from sqlalchemy import (
    Column,
    ForeignKey,
    Integer,
    MetaData,
    PrimaryKeyConstraint,
    String,
    Table,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention={"pk": "%(table_name)s_pkey"})


class History(Base):
    __tablename__ = "history"
    id: Mapped[int] = mapped_column(primary_key=True)


class HistoryAudit(Base):
    __tablename__ = "history_audit"
    __table_args__ = (PrimaryKeyConstraint(),)

    history_id: Mapped[int] = mapped_column(ForeignKey("history.id"), primary_key=True)
    update_time: Mapped[datetime] = mapped_column(primary_key=True)


links = Table(
    "links",
    Base.metadata,
    Column("source", Integer, primary_key=True),
    Column("target", Integer, primary_key=True),
    Column("label", String(40)),
    PrimaryKeyConstraint(name="links_key"),
)

tags = Table(
    "tags",
    Base.metadata,
    PrimaryKeyConstraint(name="tags_key"),
    Column("id", Integer, primary_key=True),
    Column("name", String(40)),
)
