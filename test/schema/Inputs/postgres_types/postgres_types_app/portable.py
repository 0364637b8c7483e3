"""Dialect-specific types with portable fallbacks (TypeEngine.with_variant)."""
from sqlalchemy import JSON, BigInteger, Boolean, DateTime, Integer, String, Text
from sqlalchemy.dialects import mysql, postgresql, sqlite

JsonDoc = JSON().with_variant(postgresql.JSONB(), "postgresql")
TagArray = postgresql.ARRAY(String(50)).with_variant(JSON(), "mysql", "sqlite")
IPAddress = postgresql.INET().with_variant(String(45), "mysql", "sqlite")
Network = postgresql.CIDR().with_variant(String(49), "mysql", "sqlite")
SearchVector = Text().with_variant(postgresql.TSVECTOR(), "postgresql")
UnsignedInt = Integer().with_variant(mysql.INTEGER(unsigned=True), "mysql")
BigIntPK = BigInteger().with_variant(sqlite.INTEGER(), "sqlite")
LongText = Text().with_variant(mysql.LONGTEXT(), "mysql")
PreciseTime = DateTime(timezone=True).with_variant(mysql.DATETIME(fsp=6), "mysql")
Flag = Boolean().with_variant(mysql.TINYINT(1), "mysql")
Attributes = JSON().with_variant(postgresql.HSTORE(), "postgresql")
