# @compiles and SQLAlchemy's function registry: a function for
# GenericFunction renders every generic function (func.now() too, which
# has no compiler of its own), reading element.name; a GenericFunction
# with _register = False is not what func.<name>() makes, one with a
# package is made by func.<package>.<name>(); a class registered again
# after deregister() falls back to the generated compiler on the other
# dialects, not to its base's function. Checked against SQLAlchemy 1.4.
# RUN: %schemac schema --dialect=sqlite --format=json %s 2>/dev/null | %python -c "import json,sys; print([(c['name'], c['type'], c['server_default']) for t in json.load(sys.stdin)['tables'] for c in t['columns']])" | FileCheck %s --check-prefix=SQLITE
# RUN: %schemac schema --dialect=mysql --format=json %s 2>/dev/null | %python -c "import json,sys; print([(c['name'], c['type'], c['server_default']) for t in json.load(sys.stdin)['tables'] for c in t['columns']])" | FileCheck %s --check-prefix=MYSQL
# SQLITE: [('id', 'INTEGER', None), ('at', 'DATETIME', '(generic_now())'), ('hidden', 'INTEGER', '(hidden_fn())'), ('point', 'INTEGER', '(generic_st_point())'), ('tag', 'TAGX', None), ('handle', 'VARCHAR(20)', None)]
# MYSQL: [('id', 'INTEGER', None), ('at', 'DATETIME', 'now()'), ('hidden', 'INTEGER', 'hidden_fn()'), ('point', 'INTEGER', 'st_point()'), ('tag', 'TAGX', None), ('handle', 'HANDLE_MY', None)]
import sqlalchemy as sa
from sqlalchemy.ext.compiler import compiles, deregister
from sqlalchemy.orm import declarative_base
from sqlalchemy.sql import functions
from sqlalchemy.sql.functions import GenericFunction

Base = declarative_base()


# Every generic function (func.now() among them) renders through this one
# on SQLite: they have no compiler of their own.
@compiles(functions.GenericFunction, "sqlite")
def sqlite_generic(element, compiler, **kw):
    return "generic_" + element.name + "()"


# Not registered: func.hidden_fn() is a plain function.
class hidden(GenericFunction):
    _register = False
    name = "hidden_fn"


# Registered in its package: func.geo.st_point() makes it.
class pkgfn(GenericFunction):
    package = "geo"
    name = "st_point"


class Tag(sa.String):
    cache_ok = True


@compiles(Tag)
def any_tag(type_, compiler, **kw):
    return "TAGX"


class Handle(Tag):
    cache_ok = True


@compiles(Handle, "sqlite")
def sqlite_handle(type_, compiler, **kw):
    return "HANDLE_SQLITE"


deregister(Handle)


# Made after deregister(): other dialects get the generated compiler,
# not Tag's function.
@compiles(Handle, "mysql")
def mysql_handle(type_, compiler, **kw):
    return "HANDLE_MY"


class Item(Base):
    __tablename__ = "items"
    id = sa.Column(sa.Integer, primary_key=True)
    at = sa.Column(sa.DateTime, server_default=sa.func.now())
    hidden = sa.Column(sa.Integer, server_default=sa.func.hidden_fn())
    point = sa.Column(sa.Integer, server_default=sa.func.geo.st_point())
    tag = sa.Column(Tag(20))
    handle = sa.Column(Handle(20))
