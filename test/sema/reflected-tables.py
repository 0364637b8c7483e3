# Tables SQLAlchemy reflects from the database (Table(autoload_with=...),
# DeferredReflection) have columns the source does not show: each is said,
# and no error claims a missing primary key or foreign key of theirs.
# RUN: %schemac schema --sqlalchemy=1.4 %s 2>&1 >/dev/null | FileCheck %s --implicit-check-not=error: --implicit-check-not=warning:
from sqlalchemy import Column, Integer, Table, create_engine
from sqlalchemy.ext.declarative import DeferredReflection
from sqlalchemy.orm import declarative_base, relationship

engine = create_engine("sqlite://")
Base = declarative_base()


class Reflected(DeferredReflection, Base):
    __abstract__ = True


# CHECK: reflected-tables.py:[[@LINE+1]]:1: warning: table 'a' is reflected from the database (DeferredReflection): the columns it has there are not in the source, and only those written here are in the schema
class A(Reflected):
    __tablename__ = "a"
    bs = relationship("B")


# CHECK: reflected-tables.py:[[@LINE+1]]:1: warning: table 'b' is reflected from the database (DeferredReflection)
class B(Reflected):
    __tablename__ = "b"


class C(Base):
    # CHECK: reflected-tables.py:[[@LINE+1]]:17: warning: table 'c' is reflected from the database (autoload_with=)
    __table__ = Table("c", Base.metadata, autoload_with=engine)
    ds = relationship("D")


class D(Base):
    __tablename__ = "d"
    id = Column(Integer, primary_key=True)
