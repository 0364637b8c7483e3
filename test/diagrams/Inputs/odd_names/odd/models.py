"""Names and types that a diagram must quote or spell out: Mermaid keywords
as table names ("class", "end", "one", "Style", "to-do"), a schema and a
table name with '"', '<', '>', '&' and spaces, a column called "pk", columns
starting with a digit or holding ':', '|' or non-ASCII letters, types with
commas, spaces and quotes, a self-reference, a composite foreign key, and
foreign keys to columns the ER diagram does not show."""
import enum
from typing import Optional

import sqlalchemy as sa
from sqlalchemy import ForeignKey, ForeignKeyConstraint, String
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


class Base(DeclarativeBase):
    pass


class Mood(enum.Enum):
    happy = "h"
    sad = "s"


class Weird(Base):
    __tablename__ = 'we"ird <t>&x'
    __table_args__ = {"schema": "my-schema"}
    id: Mapped[int] = mapped_column("id col", primary_key=True)
    price = mapped_column("2price", sa.Numeric(10, 2), unique=True)
    mood = mapped_column('mo"od', sa.Enum(Mood, name="mood type"), unique=True)
    at = mapped_column("at:x", sa.TIMESTAMP(timezone=True), unique=True)
    arr = mapped_column("arr", sa.ARRAY(sa.Integer), unique=True)
    ch = mapped_column("ch|x", String(10, collation="C"), unique=True)


class End(Base):
    __tablename__ = "end"
    id: Mapped[int] = mapped_column(primary_key=True)
    weird_id: Mapped[int] = mapped_column(ForeignKey('my-schema.we"ird <t>&x.id col'))
    parent_id: Mapped[Optional[int]] = mapped_column(ForeignKey("end.id"))
    parent = relationship("End", remote_side=[id])


class One(Base):
    __tablename__ = "one"
    a: Mapped[int] = mapped_column(primary_key=True)
    b: Mapped[int] = mapped_column(primary_key=True)


class Class(Base):
    __tablename__ = "class"
    __table_args__ = (ForeignKeyConstraint(["oa", "ob"], ["one.a", "one.b"]),)
    id: Mapped[int] = mapped_column(primary_key=True)
    oa: Mapped[int]
    ob: Mapped[int]


class Style(Base):
    __tablename__ = "Style"
    id: Mapped[int] = mapped_column(primary_key=True)
    café: Mapped[int] = mapped_column(ForeignKey("class.id"), unique=True)


class Dotted(Base):
    __tablename__ = "tbl.with.dots"
    id: Mapped[int] = mapped_column(primary_key=True)
    style_id: Mapped[int] = mapped_column(ForeignKey("Style.id"))


class ToDo(Base):
    __tablename__ = "to-do"
    __table_args__ = (sa.UniqueConstraint("x", "y"),)
    pk: Mapped[int] = mapped_column(primary_key=True)
    x: Mapped[int]
    y: Mapped[int]
    label: Mapped[str] = mapped_column(String(20))


class ToDoRef(Base):
    __tablename__ = "to-do ref"
    __table_args__ = (ForeignKeyConstraint(["px", "py"], ["to-do.x", "to-do.y"]),)
    id: Mapped[int] = mapped_column(primary_key=True)
    px: Mapped[int]
    py: Mapped[int]
    lbl: Mapped[str] = mapped_column(ForeignKey("to-do.label"))
