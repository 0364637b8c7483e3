# Each unit of work the analysis evaluates has a step budget of its own: a
# module-level statement, and what the declarative pass evaluates for one
# table, relationship, attribute or registry-mapped class. A naming
# convention's callable that fits the budget for each table names every
# table's constraints, however many tables ran before it (one shared budget
# left the later tables unnamed); one that never returns is reported where
# it loops, and the tables after it are named all the same.
# RUN: %schemac schema --no-cache --format=ddl %s 2>%t.err | FileCheck %s
# RUN: FileCheck %s --check-prefix=DIAG --implicit-check-not="step limit" < %t.err
# CHECK: CONSTRAINT pk_t1_slow PRIMARY KEY (id)
# CHECK: CREATE INDEX ix_name_slow ON t1 (name);
# CHECK: CONSTRAINT pk_t12_slow PRIMARY KEY (id)
# CHECK: CREATE INDEX ix_name_slow ON t12 (name);
# DIAG: step-budget.py:{{29|30}}:{{[0-9]+}}: warning: evaluation step limit reached; the rest of this evaluation is unknown
# DIAG-NOT: loop over a value
# DIAG: step-budget.py:44:1: warning: cannot name primary key of table 'forever' after naming convention 'pk_%(table_name)s_%(endless)s': token %(endless)s is a callable of the naming convention
from sqlalchemy import Column, Integer, MetaData, String
from sqlalchemy.orm import declarative_base


def slow(constraint, table):
    n = 0
    while n < 5000:
        n = n + 1
    return "slow"


def endless(constraint, table):
    while True:
        pass


Base = declarative_base(metadata=MetaData(naming_convention={
    "slow": slow,
    "pk": "pk_%(table_name)s_%(slow)s",
    "ix": "ix_%(column_0_name)s_%(slow)s",
}))
Other = declarative_base(metadata=MetaData(naming_convention={
    "endless": endless,
    "pk": "pk_%(table_name)s_%(endless)s",
}))


class Forever(Other):
    __tablename__ = "forever"
    id = Column(Integer, primary_key=True)


def table(number):
    return type(f"T{number}", (Base,), {
        "__tablename__": f"t{number}",
        "id": Column(Integer, primary_key=True),
        "name": Column(String(20), index=True),
    })


T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12 = [table(n) for n in range(1, 13)]
