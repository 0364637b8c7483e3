# A partial index's WHERE, or a CHECK, comparing a column with a member of
# a Python enum: SQLAlchemy binds the member with the column's type and the
# DDL compiler renders it as that type's literal. An Enum column persists
# the member's name, or what values_callable gives for it; a String or an
# Integer column takes the value of a str or int enum's member. A plain
# enum's member has no literal as a String (SQLAlchemy's compiler raises
# CompileError), and is reported. The DDL is SQLAlchemy's (1.4 and 2.0).
# RUN: %schemac schema %s 2>&1 >/dev/null | FileCheck %s --implicit-check-not=warning:
# RUN: %schemac schema --format=ddl --dialect=postgresql %s 2>/dev/null | FileCheck %s --check-prefix=PG
import enum

from sqlalchemy import CheckConstraint, Column, Enum, Index, Integer, String
from sqlalchemy.orm import declarative_base

Base = declarative_base()


class State(str, enum.Enum):
    SCHEDULED = "scheduled"
    RUNNING = "running"


class Level(enum.Enum):
    LOW = 1
    HIGH = 2


class Size(int, enum.Enum):
    SMALL = 1
    LARGE = 9


class Run(Base):
    __tablename__ = "runs"
    id = Column(Integer, primary_key=True)
    state = Column(Enum(State, name="run_state"))
    stored = Column(Enum(State, name="stored_state", values_callable=lambda e: [m.value for m in e]))
    level = Column(Enum(Level))
    label = Column(String(20))
    size = Column(Integer)
    __table_args__ = (
        Index("ix_runs_scheduled", id, postgresql_where=state == State.SCHEDULED),
        Index("ix_runs_stored", id, postgresql_where=stored == State.RUNNING),
        Index("ix_runs_high", id, postgresql_where=Level.HIGH == level),
        Index("ix_runs_label", id, postgresql_where=label != State.RUNNING),
        Index("ix_runs_large", id, postgresql_where=size == Size.LARGE),
        Index("ix_runs_plain", id, postgresql_where=label == Level.LOW),
        CheckConstraint(state != State.RUNNING, name="ck_runs_state"),
    )


# CHECK: index-where-enum-member.py:47:9: warning: postgresql_where of index 'ix_runs_plain' cannot be evaluated
# PG: CONSTRAINT ck_runs_state CHECK (state != 'RUNNING')
# PG: CREATE INDEX ix_runs_high ON runs (id) WHERE level = 'HIGH';
# PG: CREATE INDEX ix_runs_label ON runs (id) WHERE label != 'running';
# PG: CREATE INDEX ix_runs_large ON runs (id) WHERE size = 9;
# PG: CREATE INDEX ix_runs_plain ON runs (id);
# PG: CREATE INDEX ix_runs_scheduled ON runs (id) WHERE state = 'SCHEDULED';
# PG: CREATE INDEX ix_runs_stored ON runs (id) WHERE stored = 'running';
