# A class's __new__ makes its instances (given the class, which super()
# in it uses; __init__ runs only on one of the class's), and namedtuple()
# makes tuple classes whose fields are read by name and by index, which
# unpack. Indico's
# ColorTuple, a namedtuple whose __new__ normalizes the colours, gives its
# tables' colour defaults so. Expected: SQLAlchemy 1.4 and Python 3.11.
# RUN: %schemac schema --format=json %s 2>&1 | FileCheck %s --implicit-check-not=warning:
# CHECK: "name": "text_color",
# CHECK: "default": {
# CHECK-NEXT: "kind": "scalar",
# CHECK-NEXT: "value": "'aabbcc'"
# CHECK: "name": "background_color",
# CHECK: "default": {
# CHECK-NEXT: "kind": "scalar",
# CHECK-NEXT: "value": "'112233'"
# CHECK: "name": "code",
# CHECK-NEXT: "attribute": "code",
# CHECK-NEXT: "type": "VARCHAR(3)",
# CHECK: "name": "label",
# CHECK-NEXT: "attribute": "label",
# CHECK-NEXT: "type": "VARCHAR(16)",
# CHECK: "name": "kind",
# CHECK-NEXT: "attribute": "kind",
# CHECK-NEXT: "type": "VARCHAR(4)",
# CHECK: "name": "is_tuple",
# CHECK-NEXT: "attribute": "is_tuple",
# CHECK-NEXT: "type": "VARCHAR(10)",
# CHECK: "name": "unpacked",
# CHECK-NEXT: "attribute": "unpacked",
# CHECK-NEXT: "type": "VARCHAR(6)",
from collections import namedtuple

from sqlalchemy import Column, Integer, String
from sqlalchemy.orm import declarative_base

Base = declarative_base()


class ColorTuple(namedtuple("ColorTuple", ("text", "background"))):
    def __new__(cls, text, background):
        colors = [text or "", background or ""]
        for i, color in enumerate(colors):
            colors[i] = color.removeprefix("#").lower()
        return super().__new__(cls, *colors)


class Code(str):
    pass


class Kind:
    def __new__(cls, name):
        # Not an instance of Kind: __init__ does not run.
        return name.upper()

    def __init__(self, name):
        raise ValueError(name)


Pair = namedtuple("Pair", "a b", defaults=[2])
PAIR = Pair(1)
COLORS = ColorTuple("#AABBCC", "#112233")
FIRST, SECOND = PAIR


class Palette(Base):
    __tablename__ = "palettes"
    id = Column(Integer, primary_key=True)
    text_color = Column(String, default=COLORS[0])
    background_color = Column(String, default=COLORS.background)
    code = Column(String(PAIR.a + PAIR[1]))
    label = Column(String(len(repr(PAIR._replace(b=9))) + len(PAIR._asdict())))
    kind = Column(String(len(Kind("ab")) * 2))
    # A namedtuple is a tuple, and unpacks.
    is_tuple = Column(String(10 if isinstance(PAIR, tuple) else 1))
    unpacked = Column(String(sum([*PAIR]) + (lambda a, b: a * b)(*PAIR) + FIRST))
