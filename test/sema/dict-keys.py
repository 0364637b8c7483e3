# A dict holds one item per key, keys comparing as Python compares them
# (1, 1.0 and True are one key), whichever way the item is stored: a
# display, a comprehension, dict(), update(), `|`, item assignment. A key is
# evaluated before its value. The tables match what SQLAlchemy 1.4 builds
# (sqla_schema.py).
# RUN: %schemac schema --no-cache --sqlalchemy=1.4 --format=json %s 2> %t.err | FileCheck %s
# RUN: not grep -i warning %t.err
from sqlalchemy import Column, Integer, String
from sqlalchemy.orm import declarative_base

Base = declarative_base()

ORDER = []


def mark(tag):
    ORDER.append(tag)
    return tag


_ = {mark("key"): mark("value")}
MERGED = {"label": "old"} | {"label": "new"}
CALLED = dict({"label": "old"}, label="new")
UPDATED = {"label": "old"}
UPDATED.update(label="new")
COMPREHENDED = {k: v for k, v in [("label", "old"), ("label", "new")]}
NUMBERS = {1: "int", True: "bool", 1.0: "float"}
NUMBERS[True] = "stored"
SIZES = {"small": 8}
SIZES[2.0] = 16


class Item(Base):
    __tablename__ = "items"
    id = Column(Integer, primary_key=True)
    order = Column(String(10), comment=",".join(ORDER))
    merged = Column(String(10), comment=f"{MERGED['label']} {len(MERGED)}")
    called = Column(String(10), comment=f"{CALLED['label']} {len(CALLED)}")
    updated = Column(String(10), comment=f"{UPDATED['label']} {len(UPDATED)}")
    comprehended = Column(
        String(10), comment=f"{COMPREHENDED['label']} {len(COMPREHENDED)}"
    )
    numbers = Column(String(10), comment=f"{NUMBERS[1]} {len(NUMBERS)} {list(NUMBERS)}")
    sizes = Column(String(SIZES[2]))

# CHECK: "name": "order"
# CHECK: "comment": "key,value"
# CHECK: "name": "merged"
# CHECK: "comment": "new 1"
# CHECK: "name": "called"
# CHECK: "comment": "new 1"
# CHECK: "name": "updated"
# CHECK: "comment": "new 1"
# CHECK: "name": "comprehended"
# CHECK: "comment": "new 1"
# CHECK: "name": "numbers"
# CHECK: "comment": "stored 1 [1]"
# CHECK: "name": "sizes"
# CHECK: "type": "VARCHAR(16)"
