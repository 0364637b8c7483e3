# A blank column name: Column._set_parent raises ArgumentError ("Column must
# be constructed with a non-blank name"). Each is an error; an ORM
# attribute's column is named as the attribute, a Core table's is left out.
# RUN: not %schemac schema --sqlalchemy=2.0 %s 2>&1 >/dev/null | FileCheck %s --implicit-check-not=error: --implicit-check-not=warning:
# RUN: not %schemac schema --sqlalchemy=2.0 %s 2>/dev/null | FileCheck %s --check-prefix=SCHEMA
from sqlalchemy import Column, Integer, Table
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class Base(DeclarativeBase):
    pass


# SCHEMA: table a
class A(Base):
    __tablename__ = "a"
    id: Mapped[int] = mapped_column(primary_key=True)
    # CHECK: blank-column-name.py:[[@LINE+2]]:5: error: a column of table 'a' has a blank name, which SQLAlchemy rejects (ArgumentError); the analysis names it 'e', as the attribute
    # SCHEMA: e INTEGER null
    e = Column("", Integer)
    # CHECK: blank-column-name.py:[[@LINE+1]]:5: error: a column of table 'a' has a blank name, which SQLAlchemy rejects (ArgumentError); the analysis names it 'f', as the attribute
    f: Mapped[int] = mapped_column("", Integer)


# SCHEMA: table t
# SCHEMA-NEXT: id INTEGER primary key not null
# SCHEMA-EMPTY:
# CHECK: blank-column-name.py:[[@LINE+1]]:72: error: a column of table 't' has a blank name, which SQLAlchemy rejects (ArgumentError); the column is left out
t = Table("t", Base.metadata, Column("id", Integer, primary_key=True), Column("", Integer))
