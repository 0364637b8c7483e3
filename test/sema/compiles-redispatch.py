# A @compiles function for a type that hands another type object to the
# compiler's dispatch runs on that dialect's compiler alone, and may run
# again: `process(String(255))` where the length is None ends there (the
# MySQL idiom), as do two types that render each other on different
# dialects. Only a dispatch that never ends (Ping to Pong to Ping on MySQL,
# where SQLAlchemy raises RecursionError) is reported. Expected DDL from
# SQLAlchemy 1.4.46's create_all().
# RUN: %schemac schema --dialect=postgresql --format=ddl %s 2>%t.err | FileCheck %s --check-prefix=PG
# RUN: %schemac schema --dialect=mysql --format=ddl %s 2>/dev/null | FileCheck %s --check-prefix=MYSQL
# RUN: %schemac schema --dialect=sqlite --format=ddl %s 2>/dev/null | FileCheck %s --check-prefix=SQLITE
# RUN: FileCheck %s --check-prefix=DIAG --implicit-check-not=warning: < %t.err
# PG: title VARCHAR,
# PG-NEXT: code VARCHAR(12),
# PG-NEXT: label VARCHAR(30),
# PG-NEXT: tag VARCHAR(20),
# PG-NEXT: ping INTEGER,
# MYSQL: title VARCHAR(255),
# MYSQL-NEXT: code VARCHAR(12),
# MYSQL-NEXT: label VARCHAR(30),
# MYSQL-NEXT: tag VARCHAR(40),
# MYSQL-NEXT: ping INTEGER,
# SQLITE: title VARCHAR,
# SQLITE-NEXT: code VARCHAR(12),
# SQLITE-NEXT: label VARCHAR(10),
# SQLITE-NEXT: tag VARCHAR(40),
# SQLITE-NEXT: ping INTEGER,
# DIAG: compiles-redispatch.py:[[@LINE+49]]:1: warning: @compiles function 'pong' cannot be evaluated on mysql (it hands Ping back to the compiler, which calls it again without end); Pong is rendered there as without it
# DIAG: compiles-redispatch.py:[[@LINE+43]]:1: warning: @compiles function 'ping' cannot be evaluated on mysql (it hands Pong back to the compiler, which calls it again without end); Ping is rendered there as without it
# DIAG: note: no SQLAlchemy requirement found
import sqlalchemy as sa
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import declarative_base

Base = declarative_base()


class Label(sa.String):
    pass


class Tag(sa.String):
    pass


class Ping(sa.Integer):
    pass


class Pong(sa.Integer):
    pass


@compiles(sa.String, "mysql")
def string_with_default_length(type_, compiler, **kw):
    if type_.length is None:
        return compiler.process(sa.String(255), **kw)
    return compiler.visit_VARCHAR(type_, **kw)


@compiles(Label, "sqlite")
def label_on_sqlite(type_, compiler, **kw):
    return compiler.process(Tag(10), **kw)


@compiles(Tag, "postgresql")
def tag_on_postgresql(type_, compiler, **kw):
    return compiler.process(Label(20), **kw)


@compiles(Ping, "mysql")
def ping(type_, compiler, **kw):
    return compiler.process(Pong(), **kw)


@compiles(Pong, "mysql")
def pong(type_, compiler, **kw):
    return compiler.process(Ping(), **kw)


class Note(Base):
    __tablename__ = "notes"
    id = sa.Column(sa.Integer, primary_key=True)
    title = sa.Column(sa.String)
    code = sa.Column(sa.String(12))
    label = sa.Column(Label(30))
    tag = sa.Column(Tag(40))
    ping = sa.Column(Ping)
