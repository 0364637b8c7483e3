# A @compiles function for a type that hands the rendering back to the
# compiler -- compiler.process(other_type), compiler.visit_<NAME>(type_) --
# is followed where that is its whole result (test/schema/Inputs/
# compiles_type_visits), and reported where SQLAlchemy itself would fail: a
# visit the dialect's compiler does not have (AttributeError), process() of
# the type the function renders (RecursionError), process() of a class
# rather than a type object. Each such type renders as without the function.
# RUN: %schemac schema --dialect=sqlite --format=json %s 2>%t.err | %python -c "import json,sys; print([(c['name'], c['type']) for t in json.load(sys.stdin)['tables'] for c in t['columns']])" | FileCheck %s
# RUN: FileCheck %s --check-prefix=DIAG --implicit-check-not=warning: < %t.err
# CHECK: [('id', 'INTEGER'), ('doc', 'JSON'), ('code', 'VARCHAR(12)'), ('note', 'TEXT'), ('amount', 'NUMERIC(10, 2)'), ('stamp', 'DATETIME')]
# DIAG: compiles-type-requests.py:[[@LINE+14]]:1: warning: @compiles function 'jsonb_on_sqlite' cannot be evaluated on sqlite (the sqlite type compiler has no visit_JSONB()); JSONB is rendered there as without it
# DIAG: compiles-type-requests.py:[[@LINE+18]]:1: warning: @compiles function 'string_again' cannot be evaluated on sqlite (it hands String back to the compiler, which calls it again without end); String is rendered there as without it
# DIAG: compiles-type-requests.py:[[@LINE+22]]:1: warning: @compiles function 'numeric_as_class' cannot be evaluated on sqlite (what it gives the type compiler is not a type object); Numeric is rendered there as without it
# DIAG: note: no SQLAlchemy requirement found
# DIAG: compiles-type-requests.py:[[@LINE+32]]:5: warning: type of column 'entries.doc': SQLAlchemy can't render postgresql.JSONB on sqlite (UnsupportedCompilationError); rendered as its generic type, JSON
import sqlalchemy as sa
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import declarative_base

Base = declarative_base()


@compiles(JSONB, "sqlite")
def jsonb_on_sqlite(type_, compiler, **kw):
    return compiler.visit_JSONB(type_, **kw)


@compiles(sa.String, "sqlite")
def string_again(type_, compiler, **kw):
    return compiler.process(type_, **kw)


@compiles(sa.Numeric, "sqlite")
def numeric_as_class(type_, compiler, **kw):
    return compiler.process(sa.Numeric, **kw)


@compiles(sa.DateTime, "sqlite")
def datetime_on_sqlite(type_, compiler, **kw):
    return compiler.visit_datetime(type_, **kw)


class Entry(Base):
    __tablename__ = "entries"
    id = sa.Column(sa.Integer, primary_key=True)
    doc = sa.Column(JSONB)
    code = sa.Column(sa.String(12))
    note = sa.Column(sa.Text)
    amount = sa.Column(sa.Numeric(10, 2))
    stamp = sa.Column(sa.DateTime)
