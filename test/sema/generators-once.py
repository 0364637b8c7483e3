# A generator gives its items once, as in Python: a generator expression, a
# generator function's result, what iter() gives. A second pass over one
# sees nothing (checked with SQLAlchemy 1.4: t2 has only its key, t4 no x).
# RUN: %schemac schema --no-cache --sqlalchemy=1.4 %s 2>&1 | FileCheck %s --implicit-check-not=warning: --implicit-check-not=error:
import sqlalchemy as sa

metadata = sa.MetaData()
names = ("a", "b", "c")
columns = (sa.Column(n, sa.String(10)) for n in names)
t1 = sa.Table("t1", metadata, sa.Column("id", sa.Integer, primary_key=True), *columns)
t2 = sa.Table("t2", metadata, sa.Column("id", sa.Integer, primary_key=True), *columns)


def audit_columns():
    yield sa.Column("created_by", sa.String(50))
    yield sa.Column("updated_by", sa.String(50))


made = audit_columns()
first = list(made)
t3 = sa.Table("t3", metadata, sa.Column("id", sa.Integer, primary_key=True), *first, *made)

kinds = iter(["x", "y", "z"])
skipped = next(kinds)
t4 = sa.Table("t4", metadata, *[sa.Column(k, sa.Integer) for k in kinds], *[sa.Column(k + "2", sa.Integer) for k in kinds])

# CHECK:      table t1
# CHECK-NEXT:   id INTEGER primary key not null
# CHECK-NEXT:   a VARCHAR(10) null
# CHECK-NEXT:   b VARCHAR(10) null
# CHECK-NEXT:   c VARCHAR(10) null
# CHECK-EMPTY:
# CHECK-NEXT: table t2
# CHECK-NEXT:   id INTEGER primary key not null
# CHECK-EMPTY:
# CHECK-NEXT: table t3
# CHECK-NEXT:   id INTEGER primary key not null
# CHECK-NEXT:   created_by VARCHAR(50) null
# CHECK-NEXT:   updated_by VARCHAR(50) null
# CHECK-EMPTY:
# CHECK-NEXT: table t4
# CHECK-NEXT:   y INTEGER null
# CHECK-NEXT:   z INTEGER null
# CHECK-EMPTY:
# CHECK-NEXT: 4 tables, 0 mapped classes
