# typing.NamedTuple: the class syntax (annotated names are the fields, the
# values given them their defaults) and the call, with fields by name and by
# index, _replace, _fields, _field_defaults, _asdict, and unpacking. Before,
# Limits(code=12) read the class's default 8. (Checked against SQLAlchemy 1.4
# and CPython 3.11.)
# RUN: %schemac schema --no-cache --sqlalchemy=1.4 %s 2>&1 | FileCheck %s --implicit-check-not=warning: --implicit-check-not=error:
import typing
from typing import NamedTuple

from sqlalchemy import Column, Integer, String
from sqlalchemy.orm import declarative_base

Base = declarative_base()


class Limits(NamedTuple):
    name: int = 40
    code: int = 8

    def doubled(self):
        return self._replace(name=self.name * 2)


class Sizes(Limits):
    pass


Pair = NamedTuple("Pair", [("low", int), ("high", int)])
Kw = typing.NamedTuple("Kw", small=int, big=int)

LIMITS = Limits(code=12)
SIZES = Sizes(50)
P = Pair(3, 30)
K = Kw(5, big=55)
name_len, code_len = LIMITS


class Item(Base):
    __tablename__ = "items"
    id = Column(Integer, primary_key=True)
    a = Column(String(LIMITS.doubled().name))
    b = Column(String(code_len))
    c = Column(String(SIZES.name + SIZES[1]))
    d = Column(String(P.high + len(Pair._fields)))
    e = Column(String(K.big if isinstance(K, tuple) else 1))
    f = Column(String(Limits._field_defaults["name"] + len(LIMITS._asdict())))

# CHECK:      table items (namedtuple-class.Item)
# CHECK-NEXT:   id INTEGER primary key not null
# CHECK-NEXT:   a VARCHAR(80) null
# CHECK-NEXT:   b VARCHAR(12) null
# CHECK-NEXT:   c VARCHAR(58) null
# CHECK-NEXT:   d VARCHAR(32) null
# CHECK-NEXT:   e VARCHAR(55) null
# CHECK-NEXT:   f VARCHAR(42) null
