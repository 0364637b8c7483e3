# An enum's own __new__ makes its members from their values (a tuple's
# items as its arguments) and may set _value_; its own __init__ takes the
# same arguments. values_callable then reads the members' values, and
# Enum(value) finds a member by its _value_. Expected: SQLAlchemy 1.4.
# RUN: %schemac schema --format=ddl %s 2>&1 | FileCheck %s --implicit-check-not=warning:
# CHECK: CREATE TYPE status AS ENUM ('a', 'g');
# CHECK: CREATE TABLE t (
# CHECK-NEXT: id SERIAL NOT NULL,
# CHECK-NEXT: s status,
# CHECK-NEXT: label VARCHAR(4),
# CHECK-NEXT: size VARCHAR(20),
import enum

from sqlalchemy import Column, Enum, Integer, MetaData, String, Table


class Status(enum.Enum):
    def __new__(cls, value, label):
        obj = object.__new__(cls)
        obj._value_ = value
        obj.label = label
        return obj

    ACTIVE = ("a", "Active")
    GONE = ("g", "Gone")


class Size(enum.Enum):
    def __init__(self, code, width):
        self.code = code
        self.width = width

    SMALL = ("s", 10)
    LARGE = ("l", 20)


metadata = MetaData()
t = Table(
    "t",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("s", Enum(Status, values_callable=lambda e: [m.value for m in e])),
    Column("label", String(len(Status("g").label))),
    Column("size", String(Size.LARGE.width)),
)
