# DDL constructs a models module makes or subclasses, and a project's own
# range type over SQLAlchemy's RangeOperators, rendered by @compiles
# (datacube-core): they make nothing of the schema, and importing them is
# no warning. Types as sqla_schema.py gives them under SQLAlchemy 1.4.
# RUN: %schemac schema --no-cache --sqlalchemy=1.4 %s 2>&1 | FileCheck %s --implicit-check-not=warning
from sqlalchemy import DDL, Column, Integer
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.dialects.postgresql.ranges import INT4RANGE, RangeOperators
from sqlalchemy.orm import declarative_base
from sqlalchemy.schema import CreateSchema, DropConstraint
from sqlalchemy.sql import sqltypes
from sqlalchemy.sql.ddl import DDLElement
from sqlalchemy.sql.expression import ClauseElement, Executable

Base = declarative_base()
CREATE_SCHEMA = CreateSchema("agdc")
TRIGGER = DDL("CREATE TRIGGER t AFTER INSERT ON datasets").execute_if(
    dialect="postgresql")


class CreateView(Executable, ClauseElement):
    def __init__(self, name, select):
        self.name = name
        self.select = select


class RefreshView(DDLElement):
    pass


class FLOAT8RANGE(RangeOperators, sqltypes.TypeEngine):
    __visit_name__ = "FLOAT8RANGE"


@compiles(FLOAT8RANGE)
def visit_float8range(element, compiler, **kw):
    return "FLOAT8RANGE"


class Dataset(Base):
    __tablename__ = "datasets"
    id = Column(Integer, primary_key=True)
    lat = Column(FLOAT8RANGE)
    years = Column(INT4RANGE)

# CHECK: table datasets
# CHECK-NEXT: id INTEGER primary key not null
# CHECK-NEXT: lat FLOAT8RANGE null
# CHECK-NEXT: years INT4RANGE null
