# A table is named by the naming convention its MetaData has when the table
# is made (constraints take their names as they attach): one assigned to
# the MetaData later names the tables made after it, not those before;
# one changed in place names those made after the change.
# RUN: %schemac schema --format=ddl %s 2>&1 | FileCheck %s --implicit-check-not=warning:
from sqlalchemy import Column, Integer, String
from sqlalchemy.orm import declarative_base

Base = declarative_base()


class Before(Base):
    __tablename__ = "before"
    id = Column(Integer, primary_key=True)
    code = Column(String(5), unique=True)


Base.metadata.naming_convention = {
    "pk": "pk_%(table_name)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
}


class After(Base):
    __tablename__ = "after"
    id = Column(Integer, primary_key=True)
    code = Column(String(5), unique=True)


Base.metadata.naming_convention = {"pk": "key_%(table_name)s"}


class Last(Base):
    __tablename__ = "last"
    id = Column(Integer, primary_key=True)


# Changed in place, the same dict names the next table its new way.
Base.metadata.naming_convention["pk"] = "pkey_%(table_name)s"


class Changed(Base):
    __tablename__ = "changed"
    id = Column(Integer, primary_key=True)


# CHECK-LABEL: CREATE TABLE after (
# CHECK: CONSTRAINT pk_after PRIMARY KEY (id),
# CHECK-NEXT: CONSTRAINT uq_after_code UNIQUE (code)
# CHECK-LABEL: CREATE TABLE before (
# CHECK: PRIMARY KEY (id),
# CHECK-NEXT: UNIQUE (code)
# CHECK-LABEL: CREATE TABLE changed (
# CHECK: CONSTRAINT pkey_changed PRIMARY KEY (id)
# CHECK-LABEL: CREATE TABLE last (
# CHECK: CONSTRAINT key_last PRIMARY KEY (id)
