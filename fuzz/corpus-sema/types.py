#--- typesdemo/__init__.py
"""Column types and server defaults as each dialect renders them in DDL."""
#--- typesdemo/models.py
"""Every kind of column type that renders on all three dialects, generic and
dialect-specific, in Column(...) form, and server defaults of each kind.

Types only one dialect's compiler can render (postgresql.JSONB, mysql.LONGTEXT,
ARRAY, ...) make SQLAlchemy raise on the others, so they are not here.
"""
import enum

import sqlalchemy as sa
from sqlalchemy import Column, ForeignKey, func, text
from sqlalchemy.dialects import mysql, postgresql, sqlite
from sqlalchemy.orm import DeclarativeBase
from sqlalchemy.types import TypeDecorator


class Base(DeclarativeBase):
    pass


class Mood(enum.Enum):
    happy = 1
    sad = 2
    indifferent = 3


class LowerCaseString(TypeDecorator):
    """Stored lower-cased; the DDL is the impl's."""

    impl = sa.String(120)
    cache_ok = True

    def process_bind_param(self, value, dialect):
        return value.lower() if value is not None else None


class GenericTypes(Base):
    __tablename__ = "generic_types"

    id = Column(sa.Integer, primary_key=True)
    small = Column(sa.SmallInteger)
    big = Column(sa.BigInteger)
    int_upper = Column(sa.INTEGER)
    bigint_upper = Column(sa.BIGINT)
    name = Column(sa.String(50), nullable=False)
    name_c = Column(sa.String(50, collation="C"))
    title = Column(sa.Unicode(100))
    body = Column(sa.Text)
    body_sized = Column(sa.Text(1000))
    notes = Column(sa.UnicodeText)
    code = Column(sa.VARCHAR(30))
    country = Column(sa.CHAR(2))
    nick = Column(sa.NVARCHAR(20))
    initials = Column(sa.NCHAR(3))
    essay = Column(sa.TEXT)
    legacy = Column(sa.CLOB)
    price = Column(sa.Numeric(10, 2))
    ratio = Column(sa.Numeric)
    amount = Column(sa.NUMERIC(12, 4))
    tax = Column(sa.DECIMAL(8, 3))
    score = Column(sa.Float)
    score53 = Column(sa.Float(precision=53))
    real_value = Column(sa.REAL)
    mass = Column(sa.Double)
    mass_dp = Column(sa.DOUBLE_PRECISION)
    active = Column(sa.Boolean)
    flag = Column(sa.BOOLEAN)
    born_on = Column(sa.Date)
    created_at = Column(sa.DateTime)
    created_tz = Column(sa.DateTime(timezone=True))
    stamped = Column(sa.TIMESTAMP(timezone=True))
    alarm = Column(sa.Time)
    alarm_tz = Column(sa.Time(timezone=True))
    ttl = Column(sa.Interval)
    ttl_precise = Column(sa.Interval(second_precision=3))
    blob = Column(sa.LargeBinary)
    blob16 = Column(sa.LargeBinary(length=16))
    raw = Column(sa.BLOB)
    digest = Column(sa.BINARY(16))
    token = Column(sa.VARBINARY(64))
    pickled = Column(sa.PickleType)
    doc = Column(sa.JSON)
    public_id = Column(sa.Uuid)
    public_str = Column(sa.Uuid(as_uuid=False))
    native_id = Column(sa.UUID)
    status = Column(sa.Enum("draft", "published", "archived", name="post_status"))
    mood = Column(sa.Enum(Mood))
    kind = Column(sa.Enum("a", "bb", "ccc", name="kind", native_enum=False))
    size = Column(sa.Enum("s", "m", "l", name="size", length=10))
    email = Column(LowerCaseString)


class DialectTypes(Base):
    __tablename__ = "dialect_types"

    id = Column(sa.Integer, primary_key=True)
    generic_id = Column(sa.Integer, ForeignKey("generic_types.id"))
    # postgresql
    pg_uuid = Column(postgresql.UUID(as_uuid=True))
    pg_json = Column(postgresql.JSON)
    pg_ts = Column(postgresql.TIMESTAMP(timezone=True, precision=3))
    pg_time = Column(postgresql.TIME(precision=6))
    pg_double = Column(postgresql.DOUBLE_PRECISION)
    pg_enum = Column(postgresql.ENUM("red", "green", "blue", name="color"))
    # mysql
    my_int = Column(mysql.INTEGER(display_width=11, unsigned=True))
    my_big = Column(mysql.BIGINT(unsigned=True))
    my_small = Column(mysql.SMALLINT(display_width=4, zerofill=True))
    my_name = Column(mysql.VARCHAR(255, charset="utf8mb4", collation="utf8mb4_bin"))
    my_ascii = Column(mysql.CHAR(2, charset="ascii"))
    my_nchar = Column(mysql.NCHAR(10))
    my_nvarchar = Column(mysql.NVARCHAR(40))
    my_text = Column(mysql.TEXT(charset="utf8mb4"))
    my_decimal = Column(mysql.DECIMAL(10, 2, unsigned=True))
    my_double = Column(mysql.DOUBLE(precision=10, scale=2))
    my_float = Column(mysql.FLOAT(precision=7, scale=3))
    my_datetime = Column(mysql.DATETIME(fsp=6))
    my_timestamp = Column(mysql.TIMESTAMP(fsp=3))
    my_time = Column(mysql.TIME(fsp=3))
    my_json = Column(mysql.JSON)
    # sqlite
    lite_json = Column(sqlite.JSON)
    lite_datetime = Column(sqlite.DATETIME)
    lite_date = Column(sqlite.DATE)
    lite_compact = Column(sqlite.DATETIME(storage_format="%(year)04d%(month)02d%(day)02d%(hour)02d%(minute)02d%(second)02d"))


class ServerDefaults(Base):
    __tablename__ = "server_defaults"

    id = Column(sa.Integer, primary_key=True)
    state = Column(sa.String(20), server_default="queued")
    quoted = Column(sa.String(20), server_default="it's")
    percent = Column(sa.String(20), server_default="50%")
    zero_str = Column(sa.Integer, server_default="0")
    zero_text = Column(sa.Integer, server_default=text("0"))
    label = Column(sa.String(40), server_default=text("'untitled'"))
    sum_text = Column(sa.Integer, server_default=text("1 + 2"))
    created = Column(sa.DateTime, server_default=text("now()"))
    updated = Column(sa.DateTime, server_default=func.now())
    stamped = Column(sa.DateTime, server_default=func.current_timestamp())
    today = Column(sa.Date, server_default=func.current_date())
    local = Column(sa.DateTime, server_default=func.localtimestamp())
    uid = Column(sa.Uuid, server_default=func.gen_random_uuid())
    noise = Column(sa.Float, server_default=func.random())
    fallback = Column(sa.Integer, server_default=func.coalesce(text("1"), text("2")))
    lowered = Column(sa.String(10), server_default=func.lower(text("'ABC'")))
    disabled = Column(sa.Boolean, server_default=sa.false())
    enabled = Column(sa.Boolean, server_default=sa.true())
