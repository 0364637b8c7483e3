# A second Table() of a key its MetaData has, without extend_existing or
# keep_existing, makes SQLAlchemy raise InvalidRequestError: an error with
# its place, and the analysis extends the first table rather than drop its
# columns. Without columns, Table() is the table that is there: no error.
# RUN: not %schemac schema %s 2>%t.err | FileCheck %s
# RUN: FileCheck %s --check-prefix=DIAG --implicit-check-not=error: < %t.err
# CHECK: table gadgets
# CHECK-NEXT: id {{.*}} primary key not null
# CHECK-NEXT: note
# CHECK-NEXT: size
# DIAG: table-redefined.py:[[@LINE+15]]:1: error: table 'gadgets' is already defined for this MetaData; SQLAlchemy raises unless this definition has extend_existing=True or keep_existing=True (the analysis extends the first)
from sqlalchemy import Column, Integer, String, Table
from sqlalchemy.orm import declarative_base

Base = declarative_base()

Table(
    "gadgets",
    Base.metadata,
    Column("id", Integer, primary_key=True),
    Column("note", String(40)),
)
same = Table("gadgets", Base.metadata)


class Gadget(Base):
    __tablename__ = "gadgets"
    id = Column(Integer, primary_key=True)
    size = Column(String(10))
