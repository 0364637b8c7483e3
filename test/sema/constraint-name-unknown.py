# A constraint or index whose name cannot be evaluated keeps its place in
# the table, named as one without a name would be, with a warning saying so.
# RUN: %schemac schema --format=ddl %s 2>&1 | FileCheck %s
# CHECK: constraint-name-unknown.py:[[@LINE+14]]:9: warning: name of this Index cannot be evaluated (f-string field has no known value); the analysis names it as one without a name
# CHECK: constraint-name-unknown.py:[[@LINE+14]]:9: warning: name of this UniqueConstraint cannot be evaluated (unsupported operands); the analysis names it as one without a name
# CHECK: CREATE TABLE items (
# CHECK: UNIQUE (code)
# CHECK: CREATE INDEX ix_items_code ON items (code);
import sqlalchemy as sa
from sqlalchemy.orm import declarative_base

Base = declarative_base()


class Item(Base):
    __tablename__ = "items"
    __table_args__ = (
        sa.Index(f"ix_{suffix}", "code"),  # noqa: F821
        sa.UniqueConstraint("code", name=prefix() + "code"),  # noqa: F821
    )
    id = sa.Column(sa.Integer, primary_key=True)
    code = sa.Column(sa.String(10))
