# A class whose bases have no consistent method resolution order: Python's
# type() raises TypeError. A try that catches it goes on without the class
# (it is not mapped); elsewhere the analysis says so and goes on with the
# bases in order.
# RUN: %schemac schema --sqlalchemy=1.4 %s 2>&1 >/dev/null | FileCheck %s --implicit-check-not=error: --implicit-check-not=warning:
# RUN: %schemac schema --sqlalchemy=1.4 %s 2>/dev/null | FileCheck %s --check-prefix=SCHEMA
from sqlalchemy import Column, DateTime, Integer
from sqlalchemy.orm import declarative_base

Base = declarative_base()


class Timestamps:
    created = Column(DateTime)


class Parent(Timestamps, Base):
    __tablename__ = "parents"
    id = Column(Integer, primary_key=True)


try:

    class Child(Timestamps, Parent):
        pass

except TypeError:
    Child = None


class Left:
    pass


class Right(Left):
    pass


# CHECK: mro-conflict.py:[[@LINE+1]]:1: warning: cannot create a consistent method resolution order for 'Both'
class Both(Left, Right):
    pass


# SCHEMA: table parents (mro-conflict.Parent)
