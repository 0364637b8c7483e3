# TypeDecorator where SQLAlchemy defines it (sqlalchemy.sql.type_api), with
# the SchemaType mixin, as Indico's PyIntEnum has it: its impl is the type.
# RUN: %schemac schema %s 2>&1 | FileCheck %s --implicit-check-not=warning:
import enum

import sqlalchemy as sa
from sqlalchemy.orm import declarative_base
from sqlalchemy.sql.sqltypes import SchemaType, SmallInteger
from sqlalchemy.sql.type_api import TypeDecorator


class PyIntEnum(TypeDecorator, SchemaType):
    impl = SmallInteger
    cache_ok = True

    def __init__(self, enum=None):
        self.enum = enum
        TypeDecorator.__init__(self)
        SchemaType.__init__(self)


class State(int, enum.Enum):
    pending = 0
    done = 1


Base = declarative_base()


class A(Base):
    __tablename__ = "a"
    id = sa.Column(sa.Integer, primary_key=True)
    state = sa.Column(PyIntEnum(State), nullable=False)


# CHECK: table a
# CHECK-NEXT: id INTEGER primary key not null
# CHECK-NEXT: state SMALLINT not null
