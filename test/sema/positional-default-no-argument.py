# DefaultClause() and ColumnDefault() without their argument (SQLAlchemy
# raises TypeError at the call): no default comes of them, and the analysis
# goes on -- it once read the missing argument and crashed.
# RUN: %schemac schema --sqlalchemy=1.4 --format=ddl --dialect=sqlite %s 2>&1 | FileCheck %s --implicit-check-not=error:
# CHECK: CREATE TABLE a (
# CHECK-NEXT: id INTEGER NOT NULL,
# CHECK-NEXT: name VARCHAR(10),
# CHECK-NEXT: code VARCHAR(10) DEFAULT 'x',
from sqlalchemy import Column, DefaultClause, Integer, String
from sqlalchemy.orm import declarative_base
from sqlalchemy.schema import ColumnDefault

Base = declarative_base()


class A(Base):
    __tablename__ = "a"
    id = Column(Integer, primary_key=True)
    name = Column(String(10), DefaultClause(), ColumnDefault())
    code = Column(String(10), DefaultClause("x", for_update=False))
