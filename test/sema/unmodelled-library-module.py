# An import of a module of a library schemac has stubs for, but not of
# that module (sqlalchemy.orm.properties is real SQLAlchemy), says the module is
# not modelled, rather than that it cannot be found; a library without
# stubs is opaque as before.
# RUN: %schemac schema --format=json %s 2>&1 >/dev/null | FileCheck %s
# CHECK: unmodelled-library-module.py:[[@LINE+4]]:1: warning: 'sqlalchemy.orm.properties' is a module of sqlalchemy that schemac does not model; what it provides is opaque to the analysis
# CHECK: unmodelled-library-module.py:[[@LINE+4]]:1: warning: cannot resolve import of 'marshmallow'; what it provides is opaque to the analysis
from sqlalchemy import Column, Integer
from sqlalchemy.orm import declarative_base
from sqlalchemy.orm.properties import ColumnProperty
from marshmallow import Schema

Base = declarative_base()


class T(Base):
    __tablename__ = "t"
    id = Column(Integer, primary_key=True)
