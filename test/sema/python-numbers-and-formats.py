# printf-style formatting with flags, widths and precisions; the members of
# int enums in arithmetic, int() and %d; abs(), round() (ties to even, a
# float's exact value to so many places), len() of an enum class, and the
# math module's floor and ceil -- each as Python computes it (the expected
# values are CPython's).
# RUN: %schemac schema --no-cache --sqlalchemy=1.4 --format=json %s 2>&1 | FileCheck %s --implicit-check-not=warning:
# CHECK: "name": "t_04_ab |+5|  1.2|ff|0o10|xy|  7|A|1.234568e+04|-0003"
# CHECK: "name": "a",
# CHECK: "type": "VARCHAR(1024)",
# CHECK: "value": "0.67"
# CHECK: "name": "b",
# CHECK: "type": "VARCHAR(1000)",
# CHECK: "value": "2"
# CHECK: "name": "c",
# CHECK: "value": "-2665"
# CHECK: "name": "d",
# CHECK: "value": "20"
# CHECK: "name": "e",
# CHECK: "value": "'003.1'"
# CHECK: "name": "f",
# CHECK: "value": "2.67"
import enum
import math

from sqlalchemy import Column, Integer, Numeric, String
from sqlalchemy.orm import declarative_base

Base = declarative_base()


class Limits(enum.IntEnum):
    NOTE = 1000


class Color(enum.Enum):
    RED = 1
    GREEN = 2
    BLUE = 3


class Formatted(Base):
    __tablename__ = "t_%02d_%-3s|%+d|%5.1f|%x|%#o|%.2s|%*d|%c|%e|%05d" % (
        4, "ab", 5, 1.25, 255, 8, "xyz", 3, 7, 65, 12345.678, -3)
    id = Column(Integer, primary_key=True)
    a = Column(String(Limits.NOTE + 24), default=round(2 / 3, 2))
    b = Column(String(int(Limits.NOTE)), default=round(2.5))
    c = Column(Integer, default=abs(-5) + len(Color) * 10 + math.ceil(2.1) * 100
               + math.floor(-2.5) * 1000)
    d = Column(Integer, default=round(15, -1) + round(25, -1) + round(-15, -1))
    e = Column(String(5), default="%(x)05.1f" % {"x": 3.14159})
    f = Column(Numeric(6, 2), default=round(2.675, 2))
