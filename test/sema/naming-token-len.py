# A naming convention's callable token may take len() of the constraint's
# columns: len() calls a class's __len__.
# RUN: %schemac schema --format=ddl %s 2>&1 | FileCheck %s --implicit-check-not=warning:
import sqlalchemy as sa
from sqlalchemy.orm import declarative_base


def _count(constraint, table):
    return str(len(constraint.columns))


Base = declarative_base(
    metadata=sa.MetaData(naming_convention={"count": _count, "uq": "uq_%(table_name)s_%(count)s"})
)


class A(Base):
    __tablename__ = "a"
    __table_args__ = (sa.UniqueConstraint("x", "y"),)
    id = sa.Column(sa.Integer, primary_key=True)
    x = sa.Column(sa.Integer)
    y = sa.Column(sa.Integer)


# CHECK: CONSTRAINT uq_a_2 UNIQUE (x, y)
