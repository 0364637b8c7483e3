# CheckConstraint over column expressions: the operators build SQL, rendered
# as SQLAlchemy's DDL compiler does (grouping by precedence, literals bound
# in place, == None as IS NULL). Checked against SQLAlchemy 1.4.
# RUN: %schemac schema --format=ddl %s 2>%t.err | FileCheck %s
# RUN: FileCheck %s --check-prefix=DIAG < %t.err
# CHECK: CONSTRAINT a CHECK (stock >= 0)
# CHECK: CONSTRAINT b CHECK (stock > 0)
# CHECK: CONSTRAINT c CHECK (price * qty > 100)
# CHECK: CONSTRAINT d CHECK ((price + 1) * qty > 100)
# CHECK: CONSTRAINT e CHECK (stock >= 0 AND (kind = 'x' OR kind IS NULL))
# CHECK: CONSTRAINT f CHECK (stock > 1 AND qty < 5 OR kind != 'it''s')
# CHECK: CONSTRAINT h CHECK (price - (qty - stock) > 1.5)
# CHECK-NOT: CONSTRAINT g
# DIAG: check-expressions.py:[[@LINE+23]]:9: warning: SQL text of the check constraint cannot be evaluated ('not_in_project.expr': opaque module); the constraint is left out
from sqlalchemy import CheckConstraint, Column, Integer, Numeric, String, and_, or_
from sqlalchemy.orm import declarative_base

import not_in_project

Base = declarative_base()


class Product(Base):
    __tablename__ = "products"
    id = Column(Integer, primary_key=True)
    stock = Column(Integer, nullable=False)
    price = Column(Numeric(10, 2))
    qty = Column(Integer)
    kind = Column(String(10))
    __table_args__ = (
        CheckConstraint(stock >= 0, name="a"),
        CheckConstraint(0 < stock, name="b"),
        CheckConstraint(price * qty > 100, name="c"),
        CheckConstraint((price + 1) * qty > 100, name="d"),
        CheckConstraint(and_(stock >= 0, or_(kind == "x", kind == None)), name="e"),
        CheckConstraint((stock > 1) & (qty < 5) | (kind != "it's"), name="f"),
        CheckConstraint(not_in_project.expr, name="g"),
        CheckConstraint(price - (qty - stock) > 1.5, name="h"),
    )
