# sqlalchemy.exc, sqlalchemy.inspection and sqlalchemy.ext.compiler are
# stub modules: models that import them get no warning, and the exception
# classes keep their hierarchy. What @compiles renders: the corpus case
# compiles_overrides and compiles-limits.py.
# RUN: %schemac schema --format=json %s 2>%t.err | %python -c "import json,sys; print([c['name'] for t in json.load(sys.stdin)['tables'] for c in t['columns']])" | FileCheck %s
# RUN: FileCheck %s --check-prefix=DIAG --implicit-check-not=warning: < %t.err
# CHECK: ['id', 'checked']
# DIAG: note: no SQLAlchemy requirement found
from sqlalchemy import Boolean, Column, Integer
from sqlalchemy.exc import DatabaseError, IntegrityError
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.inspection import inspect
from sqlalchemy.orm import declarative_base
from sqlalchemy.types import Boolean as BooleanType

Base = declarative_base()


@compiles(BooleanType, "sqlite")
def render_boolean(element, compiler, **kw):
    return "INTEGER"


class Account(Base):
    __tablename__ = "accounts"
    id = Column(Integer, primary_key=True)
    if issubclass(IntegrityError, DatabaseError) and render_boolean is not None:
        checked = Column(Boolean)
