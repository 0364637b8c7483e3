"""@compiles functions that hand the rendering back to the compiler: a visit
of another SQL type, or process() of another type object -- how projects
that test on SQLite give it PostgreSQL's types."""
from sqlalchemy import (
    JSON,
    BigInteger,
    Column,
    Enum,
    ForeignKey,
    Integer,
    LargeBinary,
    Numeric,
    String,
    Unicode,
)
from sqlalchemy.dialects.postgresql import ARRAY, INET, JSONB, UUID
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import declarative_base
from sqlalchemy.types import TypeDecorator


Base = declarative_base()


@compiles(JSONB, "sqlite")
def jsonb_on_sqlite(type_, compiler, **kw):
    return compiler.visit_JSON(type_, **kw)


@compiles(JSONB, "mysql")
def jsonb_on_mysql(type_, compiler, **kw):
    return compiler.process(JSON(), **kw)


@compiles(UUID, "sqlite")
@compiles(UUID, "mysql")
def uuid_as_text(type_, compiler, **kw):
    return compiler.process(String(36), **kw)


@compiles(INET, "sqlite")
@compiles(INET, "mysql")
def inet_as_varchar(type_, compiler, **kw):
    return compiler.visit_VARCHAR(String(45), **kw)


@compiles(Unicode)
def unicode_as_varchar(type_, compiler, **kw):
    return compiler.visit_VARCHAR(type_, **kw)


@compiles(BigInteger, "sqlite")
def bigint_on_sqlite(type_, compiler, **kw):
    return compiler.visit_integer(type_, **kw)


@compiles(LargeBinary, "postgresql")
def blob_on_postgresql(type_, compiler, **kw):
    return compiler.visit_large_binary(type_, **kw)


class Money(TypeDecorator):
    impl = Numeric(12, 2)
    cache_ok = True


@compiles(Money, "sqlite")
def money_on_sqlite(type_, compiler, **kw):
    return compiler.process(type_.impl, **kw)


@compiles(ARRAY, "sqlite", "mysql")
def array_as_json(type_, compiler, **kw):
    return compiler.process(JSON(), **kw)


@compiles(Enum, "postgresql")
def enum_on_postgresql(type_, compiler, **kw):
    return compiler.process(String(20), **kw)


@compiles(Enum, "mysql")
def enum_on_mysql(type_, compiler, **kw):
    return compiler.visit_VARCHAR(type_, **kw)


class Account(Base):
    __tablename__ = "accounts"

    id = Column(BigInteger, primary_key=True)
    uid = Column(UUID(as_uuid=True), unique=True)
    settings = Column(JSONB, nullable=False)
    last_ip = Column(INET)
    display_name = Column(Unicode(80))
    avatar = Column(LargeBinary)
    balance = Column(Money)
    tags = Column(ARRAY(String(20)))
    state = Column(Enum("active", "closed", name="account_state"))


class Login(Base):
    __tablename__ = "logins"

    id = Column(Integer, primary_key=True)
    account_id = Column(ForeignKey("accounts.id"))
    account_uid = Column(ForeignKey("accounts.uid"))
