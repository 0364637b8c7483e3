"""Where SQLAlchemy's dispatch finds @compiles functions, and what else
reads a type they render."""
import datetime

import sqlalchemy as sa
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.ext.compiler import compiles, deregister
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


# The Enum keeps its CREATE TYPE and its CHECK; the Boolean its CHECK.
@compiles(sa.Enum)
def any_enum(type_, compiler, **kw):
    return "ENUMX"


@compiles(sa.Boolean, "mysql", "sqlite")
def small_bool(type_, compiler, **kw):
    return "TINYINT(1)"


# Array items; PostgreSQL's JSON and SQLite's DATETIME render as their
# generic classes do (no __visit_name__ of their own).
@compiles(sa.Float, "postgresql")
def pg_float(type_, compiler, **kw):
    return "DOUBLE PRECISION"


@compiles(sa.JSON, "postgresql")
def pg_json(type_, compiler, **kw):
    return "JSONB"


@compiles(sa.DateTime)
def any_datetime(type_, compiler, **kw):
    if compiler.dialect.name == "mysql":
        return "DATETIME(6)"
    if compiler.dialect.name == "sqlite":
        return "TEXT"
    return "TIMESTAMP(6)"


# A subclass's functions fall back to its base's dispatcher as it was when
# the subclass's was made.
@compiles(sa.String, "mysql")
def mysql_string(type_, compiler, **kw):
    return "VARCHAR(%d) COLLATE utf8mb4_bin" % type_.length


class Code(sa.String):
    cache_ok = True


@compiles(Code, "postgresql")
def pg_code(type_, compiler, **kw):
    return "CITEXT"


class Label(sa.Text):
    cache_ok = True


@compiles(Label, "sqlite")
def sqlite_label(type_, compiler, **kw):
    return "TEXT COLLATE NOCASE"


@compiles(sa.Text, "mysql")
def mysql_text(type_, compiler, **kw):
    return "MEDIUMTEXT"


class Tag(sa.String):
    cache_ok = True


@compiles(Tag)
def any_tag(type_, compiler, **kw):
    return "VARCHAR(%d) /* tag */" % type_.length


class Slug(Tag):
    cache_ok = True


@compiles(Slug, "sqlite")
def sqlite_slug(type_, compiler, **kw):
    return "SLUG"


class Handle(Tag):
    cache_ok = True


@compiles(Handle, "sqlite")
def sqlite_handle(type_, compiler, **kw):
    return "HANDLE"


deregister(Handle)


class Base(DeclarativeBase):
    pass


class Item(Base):
    __tablename__ = "items"

    id: Mapped[int] = mapped_column(primary_key=True)
    kind = mapped_column(sa.Enum("book", "disc", name="item_kind"))
    state = mapped_column(
        sa.Enum("new", "used", name="item_state", create_constraint=True)
    )
    active = mapped_column(sa.Boolean(create_constraint=True, name="ck_active"))
    scores = mapped_column(
        postgresql.ARRAY(sa.Float)
        .with_variant(sa.JSON(), "mysql")
        .with_variant(sa.JSON(), "sqlite")
    )
    doc = mapped_column(postgresql.JSON)
    meta = mapped_column(sa.JSON)
    seen = mapped_column(sqlite.DATETIME)
    created: Mapped[datetime.datetime]
    code = mapped_column(Code(10))
    label = mapped_column(Label)
    title = mapped_column(sa.String(40))
    slug = mapped_column(Slug(20))
    handle = mapped_column(Handle(20))
