# __get__ called by hand: a classmethod's binds its function to the class,
# a function's to the object (itself, from the class). Indico's
# classproperty over a classmethod, stacked under its strict_classproperty,
# gives each model its table arguments that way (SQLAlchemy 1.4: the table
# is in schema events, with its index and CHECK).
# RUN: %schemac schema --format=ddl %s 2>&1 | FileCheck %s --implicit-check-not=warning:
# CHECK: CREATE TABLE events.events (
# CHECK-NEXT: id SERIAL NOT NULL,
# CHECK-NEXT: start INTEGER,
# CHECK-NEXT: a VARCHAR(11),
# CHECK-NEXT: b VARCHAR(13),
# CHECK-NEXT: c VARCHAR(14),
# CHECK-NEXT: PRIMARY KEY (id),
# CHECK-NEXT: CONSTRAINT valid_start CHECK (start > 0)
# CHECK: CREATE INDEX ix_events_start ON events.events (start);
from sqlalchemy import CheckConstraint, Column, Index, Integer, String
from sqlalchemy.orm import declarative_base, declared_attr

Base = declarative_base()


class classproperty(property):
    def __get__(self, obj, type=None):
        return self.fget.__get__(None, type)()


class strict_classproperty(classproperty):
    def __get__(self, obj, type=None):
        if obj is not None:
            raise AttributeError(type.__name__)
        return super().__get__(obj, type)


def auto_table_args(cls):
    posargs = []
    kwargs = {}
    for attr in dir(cls):
        if not attr.endswith("__auto_table_args"):
            continue
        value = getattr(cls, attr)
        if isinstance(value[-1], dict):
            posargs.extend(value[:-1])
            kwargs.update(value[-1])
        else:
            posargs.extend(value)
    return (*posargs, kwargs)


class Lengths:
    @classmethod
    def short(cls):
        return 11

    def medium(self):
        return 13

    def long(self):
        return 14


class Event(Base):
    __tablename__ = "events"

    @strict_classproperty
    @classmethod
    def __auto_table_args(cls):
        return (
            Index("ix_events_start", cls.start),
            CheckConstraint("start > 0", "valid_start"),
            {"schema": "events"},
        )

    @declared_attr
    def __table_args__(cls):
        return auto_table_args(cls)

    id = Column(Integer, primary_key=True)
    start = Column(Integer)
    a = Column(String(Lengths.__dict__["short"].__get__(None, Lengths)()))
    b = Column(String(Lengths.__dict__["medium"].__get__(Lengths(), Lengths)()))
    c = Column(String(Lengths.long.__get__(None, Lengths)(Lengths())))
