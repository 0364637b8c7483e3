"""TypeDecorators as a dialect's DDL compiler sees them: the impl's own
variant for the dialect, and one decorator taken off, not two."""

from sqlalchemy import BigInteger, Column, DateTime, Enum, Integer, MetaData, SmallInteger, String, Table
from sqlalchemy.dialects import mysql
from sqlalchemy.types import TypeDecorator

metadata = MetaData()


class BigOnPostgres(TypeDecorator):
    # 2.0: BIGSERIAL on PostgreSQL; 1.4: the impl is a Variant, so SERIAL.
    impl = Integer().with_variant(BigInteger(), "postgresql")
    cache_ok = True


class SmallOnPostgres(TypeDecorator):
    impl = BigInteger().with_variant(SmallInteger(), "postgresql")
    cache_ok = True


class TimestampOnMysql(TypeDecorator):
    # MySQL writes TIMESTAMP NULL for a nullable TIMESTAMP (2.0 only here).
    impl = DateTime().with_variant(mysql.TIMESTAMP(), "mysql")
    cache_ok = True


class StringOnMysql(TypeDecorator):
    # Integer affinity on every dialect: still the autoincrement column.
    impl = Integer().with_variant(String(10), "mysql")
    cache_ok = True


class Big(TypeDecorator):
    impl = BigInteger
    cache_ok = True


class OverBig(TypeDecorator):
    # A decorator over a decorator: the compiler takes one off and sees a
    # TypeDecorator, neither BigInteger nor TIMESTAMP.
    impl = Big
    cache_ok = True


class Timestamp(TypeDecorator):
    impl = mysql.TIMESTAMP
    cache_ok = True


class OverTimestamp(TypeDecorator):
    impl = Timestamp
    cache_ok = True


class StatusOnPostgres(TypeDecorator):
    # 1.4 creates the enum type of the impl's PostgreSQL variant (a Variant
    # passes the column on to each of its types); 2.0 does not.
    impl = String(20).with_variant(Enum("draft", "sent", name="status_enum"), "postgresql")
    cache_ok = True


class Small(TypeDecorator):
    impl = SmallInteger
    cache_ok = True


Table(
    "a_variant_impls",
    metadata,
    Column("id", BigOnPostgres, primary_key=True),
    Column("created", TimestampOnMysql, nullable=True),
)
Table("b_small_impl", metadata, Column("id", SmallOnPostgres, primary_key=True))
Table("c_string_impl", metadata, Column("id", StringOnMysql, primary_key=True))
Table(
    "d_nested",
    metadata,
    Column("id", OverBig, primary_key=True),
    Column("nested_ts", OverTimestamp, nullable=True),
    Column("ts", Timestamp),
)
Table("e_variant_of_decorator", metadata, Column("id", Small().with_variant(BigInteger(), "postgresql"), primary_key=True))
# 2.0: SMALLSERIAL; 1.4: the variant is a Variant around Small, so SERIAL.
Table("f_decorator_variant", metadata, Column("id", Big().with_variant(Small(), "postgresql"), primary_key=True))
Table("g_enum_variant_impl", metadata, Column("id", Integer, primary_key=True), Column("status", StatusOnPostgres))
