# A class made where calls nest as deep as the analysis follows them: an
# __init_subclass__ override it cannot run any more may well have reached
# DeclarativeBase's, and the class is mapped, with a warning that says so;
# one that reaches DeclarativeBase's at the limit maps the class too. Never
# a table dropped without a word.
# RUN: %schemac schema --no-cache --sqlalchemy=2.0 %s 2>&1 | FileCheck %s
from sqlalchemy import Column, Integer, MetaData, Table
from sqlalchemy.orm import DeclarativeBase

metadata = MetaData()
LIMIT_TABLE = Table("at_limit", metadata, Column("id", Integer, primary_key=True))
BEYOND_TABLE = Table("beyond", metadata, Column("id", Integer, primary_key=True))


class Base(DeclarativeBase):
    metadata = metadata


class Checked(Base):
    __abstract__ = True

    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)


def make(n, table):
    if n == 0:
        class Made(Checked):
            __table__ = table
        return Made
    return make(n - 1, table)


make(46, LIMIT_TABLE)
make(47, BEYOND_TABLE)

# CHECK: init-subclass-depth.py:[[@LINE-9]]:9: warning: calls nested too deeply to evaluate 'Checked.__init_subclass__'
# CHECK: init-subclass-depth.py:[[@LINE-10]]:9: warning: Checked.__init_subclass__ cannot be evaluated ('Checked.__init_subclass__()': calls nested too deeply); Made is mapped as if it reached DeclarativeBase's
# CHECK: table at_limit (init-subclass-depth.make.<locals>.Made)
# CHECK: table beyond (init-subclass-depth.make.<locals>.Made)
# CHECK: 2 tables, 2 mapped classes
