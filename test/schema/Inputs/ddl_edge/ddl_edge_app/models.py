"""Corners of the DDL create_all emits; ../expected.<dialect>.sql come from it."""
import enum
from typing import Optional

import sqlalchemy as sa
from sqlalchemy import (CheckConstraint, Column, ForeignKey, ForeignKeyConstraint, Index, Integer,
                        MetaData, PrimaryKeyConstraint, String, Table, UniqueConstraint, func, text)
from sqlalchemy.dialects import postgresql
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class Base(DeclarativeBase):
    pass


class Mood(enum.Enum):
    happy = "h"
    sad = "s"


class Node(Base):
    """Node and Edge refer to each other: their foreign keys come last, as
    ALTER TABLE ADD (SQLite keeps them inline)."""

    __tablename__ = "node"
    id: Mapped[int] = mapped_column(primary_key=True)
    first_edge_id: Mapped[Optional[int]] = mapped_column(ForeignKey("edge.id"))
    parent_id: Mapped[Optional[int]] = mapped_column(ForeignKey("node.id", ondelete="SET NULL"))


class Edge(Base):
    __tablename__ = "edge"
    # BIGSERIAL on PostgreSQL
    id: Mapped[int] = mapped_column(sa.BigInteger, primary_key=True)
    src_id: Mapped[int] = mapped_column(ForeignKey("node.id"))


class Shelf(Base):
    """Shelf and Book refer to each other too, but Shelf's key to Book is
    use_alter: that one alone comes as ALTER TABLE, the cycle is broken, and
    both tables keep their other foreign keys inline (to Label, which is
    created first)."""

    __tablename__ = "shelf"
    id: Mapped[int] = mapped_column(primary_key=True)
    favourite_id: Mapped[Optional[int]] = mapped_column(
        ForeignKey("book.id", use_alter=True, name="fk_shelf_favourite")
    )
    label_id: Mapped[Optional[int]] = mapped_column(ForeignKey("label.id"))


class Book(Base):
    __tablename__ = "book"
    id: Mapped[int] = mapped_column(primary_key=True)
    shelf_id: Mapped[Optional[int]] = mapped_column(ForeignKey("shelf.id"))
    label_id: Mapped[Optional[int]] = mapped_column(ForeignKey("label.id"))
    # a ForeignKeyConstraint's use_alter, to a table outside any cycle
    other_label_id: Mapped[Optional[int]] = mapped_column()
    __table_args__ = (
        ForeignKeyConstraint(["other_label_id"], ["label.id"], use_alter=True, name="fk_book_other_label"),
    )


class Label(Base):
    __tablename__ = "label"
    id: Mapped[int] = mapped_column(primary_key=True)


class Order(Base):
    """A reserved word as table and column name, an upper-case column,
    comments (COMMENT ON on PostgreSQL, inline on MySQL, none on SQLite),
    enums (CREATE TYPE, also for an ARRAY's items) and TIMESTAMP NULL."""

    __tablename__ = "order"
    __table_args__ = (
        UniqueConstraint("user", "Group"),
        CheckConstraint("amount > 0", name="positive"),
        Index("ix_order_lower_user", func.lower(text("user"))),
        {"comment": "the orders; it's 100%"},
    )
    # SMALLSERIAL on PostgreSQL
    id: Mapped[int] = mapped_column(sa.SmallInteger, primary_key=True)
    user: Mapped[str] = mapped_column(String(30), comment="who ordered")
    Group: Mapped[Optional[str]] = mapped_column(String(10), index=True)
    amount: Mapped[int] = mapped_column(server_default=text("1"))
    mood: Mapped[Mood] = mapped_column(unique=True)
    moods = mapped_column(
        postgresql.ARRAY(sa.Enum(Mood, name="mood_list")).with_variant(sa.JSON(), "mysql", "sqlite")
    )
    stamp = mapped_column(sa.TIMESTAMP(timezone=True))
    stamp2 = mapped_column(sa.TIMESTAMP, nullable=False, server_default=func.now())


class Line(Base):
    """A named PrimaryKeyConstraint, a single-column ForeignKeyConstraint,
    a column-level CHECK and a Python default (no SERIAL)."""

    __tablename__ = "line"
    __table_args__ = (
        PrimaryKeyConstraint("order_id", "n", name="line_pk"),
        ForeignKeyConstraint(["order_id"], ["order.id"], name="line_order_fk", ondelete="CASCADE"),
    )
    order_id: Mapped[int] = mapped_column(sa.SmallInteger)
    n: Mapped[int]
    qty: Mapped[int] = mapped_column(CheckConstraint("qty > 0"), default=1)


# Core tables in a schema: SQLite names the schema on the index, not the
# table, and drops nothing here (the foreign key stays within the schema).
metadata2 = MetaData(schema="arch")

archive = Table(
    "archive",
    metadata2,
    Column("id", Integer, primary_key=True, autoincrement=False),
    Column("ref", Integer, ForeignKey("arch.box.id")),
    Column("note", String(20), server_default="n/a", comment="a note"),
    UniqueConstraint("ref", name="uq_ref"),
    comment="archived",
)

box = Table(
    "box",
    metadata2,
    # a Numeric primary key is an autoincrement column too: SERIAL
    Column("id", sa.Numeric(10, 0), primary_key=True),
    Column("label", String(10), unique=True, index=True),
)
