# Instances of the project's classes that define no __eq__ compare by
# identity, as object's __eq__ does: keystone's option registry skips an
# option it has (`option in self._registered.values()`) and registers a new
# one; against a number or a string, such an instance is not equal. The
# table's columns come from the registry (SQLAlchemy 1.4.46: id, a, b, c).
# RUN: %schemac schema --sqlalchemy=1.4 %s 2>&1 | FileCheck %s --implicit-check-not=warning:
# CHECK: table options
# CHECK-NEXT: id
# CHECK-NEXT: a VARCHAR(10)
# CHECK-NEXT: b VARCHAR(10)
# CHECK-NEXT: c VARCHAR(10)
# CHECK-EMPTY:
from sqlalchemy import Column, Integer, MetaData, String, Table


class Option(object):
    def __init__(self, option_id):
        self.option_id = option_id


class Registry(object):
    def __init__(self):
        self._registered = {}

    def register(self, option):
        if option in self._registered.values():
            return
        self._registered[option.option_id] = option


REGISTRY = Registry()
FIRST = Option("a")
REGISTRY.register(FIRST)
REGISTRY.register(Option("b"))
REGISTRY.register(FIRST)
if FIRST != 1 and FIRST != "a":
    REGISTRY.register(Option("c"))

metadata = MetaData()
options = Table(
    "options",
    metadata,
    Column("id", Integer, primary_key=True),
    *[Column(name, String(10)) for name in REGISTRY._registered],
)
