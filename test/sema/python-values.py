# Values model files compute: enum.auto() members (as Python 3.11 numbers
# them), timedelta defaults in Python's repr, int()/float() of strings,
# Table.c[...] / .get() / `in`; and what cannot be known is said: a type
# argument, an index over unknown columns.
# RUN: %schemac schema --format=json %s 2>%t.err | %python -c "import json,sys; d=json.load(sys.stdin); [print(t['name'], c['name'], c['type'], c['default']) for t in d['tables'] for c in t['columns']]; [print(t['name'], 'index', i['name'], i['columns']) for t in d['tables'] for i in t['indexes']]" | FileCheck %s
# RUN: FileCheck %s --check-prefix=DIAG < %t.err
# CHECK: jobs status VARCHAR(4) {'kind': 'scalar', 'value': '<Status.DONE: 2>'}
# CHECK: jobs flags INTEGER {'kind': 'scalar', 'value': '<Perm.WRITE: 2>'}
# CHECK: jobs lane VARCHAR(4) {'kind': 'scalar', 'value': "<Lane.FAST: 'fast'>"}
# CHECK: jobs every INTERVAL {'kind': 'scalar', 'value': 'datetime.timedelta(seconds=5400)'}
# CHECK: jobs back INTERVAL {'kind': 'scalar', 'value': 'datetime.timedelta(days=-1)'}
# CHECK: jobs none INTERVAL {'kind': 'scalar', 'value': 'datetime.timedelta(0)'}
# CHECK: jobs label VARCHAR(40) None
# CHECK: jobs note VARCHAR None
# CHECK: jobs ratio NUMERIC(5, 2) None
# CHECK: jobs index ix_jobs_label ['label']
# CHECK: jobs index ix_jobs_note ['note']
# CHECK-NOT: ix_lost
# DIAG: python-values.py:[[@LINE+37]]:27: warning: argument 'length' of type String cannot be evaluated ('not_in_project.NOTE_LENGTH': opaque module); the type is rendered without it
# DIAG: python-values.py:[[@LINE+42]]:1: warning: index 'ix_lost' cannot be attached to a table ('not_in_project.column': opaque module); it is left out
import datetime
import enum

from sqlalchemy import Column, Enum, Index, Integer, Interval, MetaData, Numeric, String, Table

import not_in_project


class Status(enum.Enum):
    NEW = enum.auto()
    DONE = enum.auto()


class Perm(enum.IntFlag):
    READ = enum.auto()
    WRITE = enum.auto()


class Lane(enum.StrEnum):
    SLOW = enum.auto()
    FAST = enum.auto()


metadata = MetaData()
jobs = Table(
    "jobs",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("status", Enum(Status, native_enum=False), default=Status.DONE),
    Column("flags", Integer, default=Perm.WRITE),
    Column("lane", String(4), default=Lane.FAST),
    Column("every", Interval, default=datetime.timedelta(hours=1.5)),
    Column("back", Interval, default=datetime.timedelta(days=-1)),
    Column("none", Interval, default=datetime.timedelta()),
    Column("label", String(int("40"))),
    Column("note", String(not_in_project.NOTE_LENGTH)),
    Column("ratio", Numeric(int(float("5")), 2)),
)
Index("ix_jobs_label", jobs.c["label"])
if "note" in jobs.c:
    Index("ix_jobs_note", jobs.c.get("note"))
Index("ix_lost", not_in_project.column)
