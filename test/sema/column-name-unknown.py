# A column whose name cannot be evaluated, followed by its type: what is
# unknown is the name, not the type. A Core table's column cannot be named
# and is left out, with a warning; a mapped attribute's column is named as
# the attribute, with a warning.
# RUN: %schemac schema --format=ddl %s 2>&1 | FileCheck %s
# CHECK: column-name-unknown.py:[[@LINE+13]]:{{[0-9]+}}: warning: name of a column of table 't' cannot be evaluated ({{.*}}); the column is left out
# CHECK: column-name-unknown.py:[[@LINE+20]]:5: warning: name of the column of attribute 'b' cannot be evaluated ({{.*}}); the analysis names it as the attribute
# CHECK: CREATE TABLE a (
# CHECK-NEXT: id SERIAL NOT NULL,
# CHECK-NEXT: b INTEGER,
# CHECK: CREATE TABLE t (
# CHECK-NEXT: id SERIAL NOT NULL,
# CHECK-NEXT: PRIMARY KEY (id)
from sqlalchemy import Column, Integer, MetaData, Table
from sqlalchemy.orm import declarative_base

metadata = MetaData()
t = Table(
    "t", metadata, Column("id", Integer, primary_key=True), Column(PREFIX + "x", Integer)  # noqa: F821
)
Base = declarative_base()


class A(Base):
    __tablename__ = "a"
    id = Column(Integer, primary_key=True)
    b = Column(PREFIX + "b", Integer)  # noqa: F821
