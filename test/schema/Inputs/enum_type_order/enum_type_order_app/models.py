"""PostgreSQL's enum types are created in the order their columns joined
tables, not in the order the tables are created: the types of a table
defined first (zebra) come before those of tables sorted before it."""

import enum

from sqlalchemy import Column, Enum, ForeignKey, Integer, String, Table
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column


class Base(DeclarativeBase):
    pass


class Size(enum.Enum):
    small = "small"
    big = "big"


class Status(enum.Enum):
    new = "new"
    done = "done"


class StatusMixin:
    # A mixin's column joins each table after the class's own (2.0 orders
    # by sort_order, then as declared).
    status: Mapped[Status] = mapped_column(Enum(Status, name="status_t"))

    @declared_attr
    def phase(cls) -> Mapped[str]:
        return mapped_column(Enum("early", "late", name="phase_t"))


class Zebra(Base):
    __tablename__ = "zebra"
    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(20))
    mood: Mapped[str] = mapped_column(Enum("calm", "wild", name="mood_t"))
    size: Mapped[Size] = mapped_column(Enum(Size, name="size_t"))
    __mapper_args__ = {"polymorphic_on": "kind", "polymorphic_identity": "z"}


class Apple(StatusMixin, Base):
    __tablename__ = "apple"
    id: Mapped[int] = mapped_column(primary_key=True)
    zebra_id: Mapped[int] = mapped_column(ForeignKey("zebra.id"))
    # Listed first, yet joins the table after the rest: sort_order.
    color: Mapped[str] = mapped_column(
        Enum("red", "green", name="color_t"), sort_order=10
    )
    # The same type as zebra.size: created once, where zebra made it.
    size: Mapped[Size] = mapped_column(Enum(Size, name="size_t"))
    grade: Mapped[str] = mapped_column(Enum("a", "b", name="grade_t"))


# A type given its MetaData is created where it is made, before any
# column of banana's joins a table.
flavour = Enum("sweet", "sour", name="flavour_t", metadata=Base.metadata)


class StripedZebra(Zebra):
    # Joins zebra as the subclass is mapped: after apple's columns.
    stripes: Mapped[str] = mapped_column(
        Enum("thin", "wide", name="stripes_t"), nullable=True
    )
    __mapper_args__ = {"polymorphic_identity": "s"}


market = Table(
    "market",
    Base.metadata,
    Column("id", Integer, primary_key=True),
    Column("day", Enum("mon", "tue", name="day_t")),
    Column("status", Enum(Status, name="status_t")),
)


class Banana(StatusMixin, Base):
    __tablename__ = "banana"
    id: Mapped[int] = mapped_column(primary_key=True)
    ripeness: Mapped[str] = mapped_column(Enum("green", "ripe", name="ripeness_t"))
    flavour: Mapped[str] = mapped_column(flavour)
