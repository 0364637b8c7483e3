# globals(), and vars() in a module's body, are the module's namespace: an
# item assignment, update() or del binds there, as Airflow switches off its
# STATICA_HACK blocks (only static analysers are meant to run them).
# Expected: what SQLAlchemy 1.4.46 builds.
# RUN: %schemac schema %s 2>%t.err | FileCheck %s
# RUN: FileCheck %s --check-prefix=DIAG --implicit-check-not=warning: < %t.err
# CHECK: table things
# CHECK-NEXT: id INTEGER primary key not null
# CHECK-NEXT: code VARCHAR(12) null
# CHECK-NEXT: name VARCHAR(80) null
# CHECK-NEXT: label VARCHAR(42) null
# CHECK-NEXT: note VARCHAR(7) null
# CHECK-NEXT: gone VARCHAR(5) null
# CHECK-EMPTY:
# DIAG: note: no SQLAlchemy requirement found
from sqlalchemy import Column, Integer, String
from sqlalchemy.orm import declarative_base

Base = declarative_base()

# Airflow's STATICA_HACK: a block only static analysers are meant to see.
STATICA_HACK = True
globals()["kcah_acitats"[::-1].upper()] = False


class Thing(Base):
    __tablename__ = "things"
    id = Column(Integer, primary_key=True)


if STATICA_HACK:
    Thing.ghost = Column(String(20))


def define_lengths():
    globals().update(CODE_LENGTH=12, NAME_LENGTH=80)


define_lengths()
globals()["LABEL_LENGTH"] = 42
vars()["NOTE_LENGTH"] = 7
TEMPORARY = 1
del globals()["TEMPORARY"]

Thing.code = Column(String(CODE_LENGTH))
Thing.name = Column(String(NAME_LENGTH))
Thing.label = Column(String(LABEL_LENGTH))
Thing.note = Column(String(NOTE_LENGTH))
Thing.gone = Column(String(globals().get("TEMPORARY", 5)))
