"""Types and SQL constructs whose rendering @compiles replaces."""
from sqlalchemy import DateTime, LargeBinary, String
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql import expression
from sqlalchemy.sql.functions import GenericFunction
from sqlalchemy.types import TypeDecorator


class utcnow(expression.FunctionElement):
    """The recipe of SQLAlchemy's documentation (Core: Custom SQL Constructs)."""

    type = DateTime()
    inherit_cache = True


@compiles(utcnow, "postgresql")
def pg_utcnow(element, compiler, **kw):
    return "TIMEZONE('utc', CURRENT_TIMESTAMP)"


@compiles(utcnow, "mysql")
def mysql_utcnow(element, compiler, **kw):
    return "UTC_TIMESTAMP()"


@compiles(utcnow)
def default_utcnow(element, compiler, **kw):
    return "CURRENT_TIMESTAMP"


class gen_random_uuid(GenericFunction):
    inherit_cache = True


@compiles(gen_random_uuid, "sqlite")
def sqlite_uuid(element, compiler, **kw):
    return "(lower(hex(randomblob(16))))"


class shortid(GenericFunction):
    name = "make_short_id"
    inherit_cache = True


# Fractional seconds on MySQL, as CTFd does: every DateTime column, and a
# decorator over one.
@compiles(DateTime, "mysql")
def mysql_datetime(type_, compiler, **kw):
    return "DATETIME(6)"


class UTCDateTime(TypeDecorator):
    impl = DateTime
    cache_ok = True


class Code(String):
    """Inherits String's constructor: the length is the instance's."""


@compiles(Code)
def compile_code(type_, compiler, **kw):
    return "VARCHAR(%d) COLLATE \"C\"" % type_.length


class Binary16(LargeBinary):
    pass


@compiles(Binary16)
def compile_binary16(type_, compiler, **kw):
    if compiler.dialect.name == "postgresql":
        return "BYTEA"
    return "BINARY(16)"
