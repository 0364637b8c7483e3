"""1.4: a column set on a mapped class and one given to append_column()
join their tables there and then, which is when their enum types take
their places; a class's columns join in creation order."""

import enum
from sqlalchemy import Column, Enum, ForeignKey, Integer, String, Table
from sqlalchemy.orm import declarative_base, declared_attr

Base = declarative_base()


class Status(enum.Enum):
    new = "new"
    done = "done"


class StatusMixin:
    status = Column(Enum(Status, name="status_t"))

    @declared_attr
    def phase(cls):
        return Column(Enum("early", "late", name="phase_t"))


class Zebra(Base):
    __tablename__ = "zebra"
    id = Column(Integer, primary_key=True)
    kind = Column(String(20))
    mood = Column(Enum("calm", "wild", name="mood_t"))
    __mapper_args__ = {"polymorphic_on": kind, "polymorphic_identity": "z"}


class Apple(StatusMixin, Base):
    __tablename__ = "apple"
    grade = Column(Enum("a", "b", name="grade_t"))
    id = Column(Integer, primary_key=True)
    zebra_id = Column(ForeignKey("zebra.id"))


class StripedZebra(Zebra):
    stripes = Column(Enum("thin", "wide", name="stripes_t"))
    __mapper_args__ = {"polymorphic_identity": "s"}


Apple.late = Column(Enum("x", "y", name="late_t"))

market = Table("market", Base.metadata, Column("id", Integer, primary_key=True),
               Column("day", Enum("mon", "tue", name="day_t")))
market.append_column(Column("extra", Enum("e", name="extra_t")))


class Banana(Base):
    __tablename__ = "banana"
    id = Column(Integer, primary_key=True)
    ripeness = Column(Enum("green", "ripe", name="ripeness_t"))
