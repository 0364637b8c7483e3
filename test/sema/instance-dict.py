# What an object's attributes are set through: self.__dict__.update() and
# item assignment store into the object (before, Settings(width=33) read
# the class's 10); vars(); types.SimpleNamespace; an enum's __members__;
# functools.partial over Column. (Checked against SQLAlchemy 1.4.)
# RUN: %schemac schema --no-cache --sqlalchemy=1.4 %s 2>&1 | FileCheck %s --implicit-check-not=warning: --implicit-check-not=error:
import functools
import types
import enum
from sqlalchemy import Column, Integer, String, Enum
from sqlalchemy.orm import declarative_base

Base = declarative_base()

NotNullColumn = functools.partial(Column, nullable=False)
NS = types.SimpleNamespace(width=80, code=9)


class Color(enum.Enum):
    RED = "r"
    GREEN = "g"


class Settings:
    width = 10

    def __init__(self, **kw):
        self.__dict__.update(kw)
        self.__dict__["code"] = kw.get("code", 5)


class Slotted:
    __slots__ = ("width",)

    def __init__(self, width):
        self.width = width


S = Settings(width=33)
SL = Slotted(44)
WIDTHS = {c.name: len(c.value) * 10 for c in Color}


class Item(Base):
    __tablename__ = "items"
    id = Column(Integer, primary_key=True)
    a = NotNullColumn(String(NS.width))
    b = Column(String(NS.code + len(Color.__members__)))
    c = Column(String(S.width))
    d = Column(String(SL.width))
    e = Column(String(WIDTHS["GREEN"]))
    f = Column(String(getattr(NS, "missing", 7)))
    g = Column(String(vars(NS)["code"]))
    h = Column(String(S.code + len(vars(S))))

# CHECK:      table items (instance-dict.Item)
# CHECK-NEXT:   id INTEGER primary key not null
# CHECK-NEXT:   a VARCHAR(80) not null
# CHECK-NEXT:   b VARCHAR(11) null
# CHECK-NEXT:   c VARCHAR(33) null
# CHECK-NEXT:   d VARCHAR(44) null
# CHECK-NEXT:   e VARCHAR(10) null
# CHECK-NEXT:   f VARCHAR(7) null
# CHECK-NEXT:   g VARCHAR(9) null
# CHECK-NEXT:   h VARCHAR(7) null
