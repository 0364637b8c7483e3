# del of a dict's key, a list's item, an object's, a class's or a module's
# attribute, and of several targets: later reads no longer see them. Before,
# only `del name` was run, so Table(*COLUMNS.values()) still had the deleted
# column. A missing key raises KeyError, which a running try catches; what
# the analysis cannot delete from, or where Python raises outside any try,
# is reported. (Checked against SQLAlchemy 1.4, without the last two
# deletions, where Python raises.)
# RUN: %schemac schema --no-cache --sqlalchemy=1.4 %s 2>&1 | FileCheck %s --implicit-check-not=error:
import types

from sqlalchemy import Column, Integer, MetaData, String, Table

metadata = MetaData()

COLUMNS = {
    "id": Column("id", Integer, primary_key=True),
    "legacy": Column("legacy", String(5)),
    "name": Column("name", String(40)),
}
del COLUMNS["legacy"]
items = Table("items", metadata, *COLUMNS.values())

WIDTHS = [10, 20, 30, 40]
del WIDTHS[-1], WIDTHS[0]


class Settings:
    code = 12

    def __init__(self):
        self.code = 8


S = Settings()
del S.code


class Limits:
    w = 5


del Limits.w
try:
    del COLUMNS["missing"]
    CAUGHT = 1
except KeyError:
    CAUGHT = 2

tags = Table(
    "tags",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("a", String(WIDTHS[0] + len(WIDTHS))),
    Column("b", String(S.code)),
    Column("c", String(CAUGHT)),
    Column("d", String(getattr(Limits, "w", 7))),
)
NS = types.SimpleNamespace(x=1)
del NS[0]
del WIDTHS[True], WIDTHS[5]

# CHECK: del-statement.py:[[@LINE-3]]:1: warning: deletion from an object cannot be evaluated (not a container the analysis deletes from); the analysis goes on without it
# CHECK: del-statement.py:[[@LINE-3]]:1: warning: deletion from a list cannot be evaluated (index out of range); the analysis goes on without it
# CHECK:      table items
# CHECK-NEXT:   id INTEGER primary key not null
# CHECK-NEXT:   name VARCHAR(40) null
# CHECK-EMPTY:
# CHECK-NEXT: table tags
# CHECK-NEXT:   id INTEGER primary key not null
# CHECK-NEXT:   a VARCHAR(22) null
# CHECK-NEXT:   b VARCHAR(12) null
# CHECK-NEXT:   c VARCHAR(2) null
# CHECK-NEXT:   d VARCHAR(7) null
