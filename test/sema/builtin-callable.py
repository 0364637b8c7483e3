# callable(): true of functions, classes, bound methods and instances whose
# class has __call__, false of other values -- Flexget's with_session tells
# @with_session from @with_session(...) by it. An instance of a library
# class may be callable in ways its stub leaves out: unknown.
# (SQLAlchemy 1.4.46 makes the same columns.)
# RUN: %schemac schema --sqlalchemy=1.4 %s 2>&1 | FileCheck %s --implicit-check-not=warning:
# CHECK: table things
# CHECK-NEXT: id
# CHECK-NEXT: title VARCHAR(20)
# CHECK-NEXT: count INTEGER
# CHECK-NEXT: factory VARCHAR(20)
# CHECK-NEXT: made INTEGER
# CHECK-EMPTY:
from sqlalchemy import Column, Integer, MetaData, String, Table


def column_named(*args):
    if len(args) == 1 and callable(args[0]):
        return Column(args[0].__name__, String(20))
    return Column(args[0], Integer)


def title():
    pass


class Factory:
    def __call__(self):
        return 1


class Plain:
    pass


metadata = MetaData()
things = Table(
    "things",
    metadata,
    Column("id", Integer, primary_key=True),
    column_named(title),
    column_named("count"),
    Column("factory", String(20)) if callable(Factory()) else None,
    Column("made", Integer) if not callable(Plain()) and callable(Plain) else None,
)
