# What the analysis does not follow of @compiles, and says so: a function
# that adds to what it asks the compiler to render (compiler.visit_TEXT(...)
# + " COLLATE ...") is reported and the type rendered as without it, and a function registered after a column was
# mapped is reported at the column. Dispatch stops at a library class with
# its own compiler (Unicode under String), as SQLAlchemy's does, and a
# deregistered class renders as before.
# RUN: %schemac schema --dialect=mysql --format=json %s 2>%t.err | %python -c "import json,sys; print([(c['name'], c['type']) for t in json.load(sys.stdin)['tables'] for c in t['columns']])" | FileCheck %s
# RUN: FileCheck %s --check-prefix=DIAG --implicit-check-not=warning: < %t.err
# CHECK: [('id', 'INTEGER'), ('title', 'VARCHAR(80) CHARACTER SET utf8mb4'), ('slug', 'VARCHAR(40) CHARACTER SET utf8mb4'), ('label', 'VARCHAR(20)'), ('body', 'TEXT'), ('score', 'FLOAT'), ('flag', 'BOOL')]
# DIAG: compiles-limits.py:[[@LINE+20]]:1: warning: @compiles function 'mysql_text' cannot be evaluated on mysql ({{.*}}); Text is rendered there as without it
# DIAG: compiles-limits.py:[[@LINE+39]]:5: warning: a @compiles function for Boolean is registered after this column was mapped; SQLAlchemy applies it here too, the analysis does not
# DIAG: note: no SQLAlchemy requirement found
import sqlalchemy as sa
from sqlalchemy.ext.compiler import compiles, deregister
from sqlalchemy.orm import declarative_base

Base = declarative_base()


class Slug(sa.String):
    pass


@compiles(sa.String, "mysql")
def mysql_string(type_, compiler, **kw):
    return "VARCHAR(%d) CHARACTER SET utf8mb4" % type_.length


@compiles(sa.Text, "mysql")
def mysql_text(type_, compiler, **kw):
    return compiler.visit_TEXT(type_, **kw) + " COLLATE utf8mb4_bin"


@compiles(sa.Float, "mysql")
def mysql_float(type_, compiler, **kw):
    return "DOUBLE"


deregister(sa.Float)


class Page(Base):
    __tablename__ = "pages"
    id = sa.Column(sa.Integer, primary_key=True)
    title = sa.Column(sa.String(80))
    slug = sa.Column(Slug(40))
    label = sa.Column(sa.Unicode(20))
    body = sa.Column(sa.Text)
    score = sa.Column(sa.Float)
    flag = sa.Column(sa.Boolean)


@compiles(sa.Boolean, "mysql")
def mysql_boolean(type_, compiler, **kw):
    return "TINYINT(1)"
