# __mapper_args__ column_prefix names each column the mapper maps from its
# table: declarative leaves a column the class body gives under its own key
# to the table, so it is prefixed too; one given another attribute name
# keeps it. SQLAlchemy 1.4 and 2.0 map A as _id, _name, other and B as
# _id, _title.
# RUN: %schemac dump-ir --sqlalchemy=1.4 %s 2>&1 | FileCheck %s --implicit-check-not=error: --implicit-check-not=warning:
from sqlalchemy import Column, Integer, String, Table
from sqlalchemy.orm import declarative_base

Base = declarative_base()


class A(Base):
    __tablename__ = "a"
    __mapper_args__ = {"column_prefix": "_"}
    id = Column(Integer, primary_key=True)
    name = Column(String(20))
    other = Column("label", String(20))


t = Table("b", Base.metadata, Column("id", Integer, primary_key=True), Column("title", String(10)))


class B(Base):
    __table__ = t
    __mapper_args__ = {"column_prefix": "_"}


# CHECK: table @a
# CHECK-NEXT: column @id : Integer {attribute = "_id", primary_key, nullable = false}
# CHECK-NEXT: column @name : String(length = 20) {attribute = "_name", nullable = true}
# CHECK-NEXT: column @label : String(length = 20) {attribute = "other", nullable = true}
# CHECK: table @b
# CHECK-NEXT: column @id : Integer {attribute = "_id", primary_key, nullable = false}
# CHECK-NEXT: column @title : String(length = 10) {attribute = "_title", nullable = true}
