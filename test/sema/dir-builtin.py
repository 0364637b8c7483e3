# dir() of a class, an object or a module: sorted names, the bases'
# included. Indico builds __table_args__ from every `*__auto_table_args`
# of a class and its mixins this way.
# RUN: %schemac schema %s 2>&1 | FileCheck %s --implicit-check-not=warning:
import sqlalchemy as sa
from sqlalchemy.orm import declarative_base, declared_attr

Base = declarative_base()


def auto_table_args(cls, **extra):
    posargs, kwargs = [], {}
    for attr in dir(cls):
        if not attr.endswith("__auto_table_args"):
            continue
        value = getattr(cls, attr)
        posargs.extend(value[:-1])
        kwargs.update(value[-1])
    kwargs.update(extra)
    return (*posargs, kwargs)


class PositiveMixin:
    _PositiveMixin__auto_table_args = (sa.CheckConstraint("n > 0", "ck_positive"), {})


class A(PositiveMixin, Base):
    __tablename__ = "a"
    _A__auto_table_args = (sa.CheckConstraint("n < 100", "ck_small"), {"schema": "s"})

    @declared_attr
    def __table_args__(cls):
        return auto_table_args(cls, comment="numbers")

    id = sa.Column(sa.Integer, primary_key=True)
    n = sa.Column(sa.Integer)


# CHECK: table s.a  (dir-builtin.A)
# CHECK: check ck_small (n < 100)
# CHECK-NEXT: check ck_positive (n > 0)
