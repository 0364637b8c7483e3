"""Column types that differ per database."""
from sqlalchemy import JSON, String
from sqlalchemy.dialects import mysql, postgresql

Inet = String(45).with_variant(postgresql.INET(), "postgresql")
MacAddr = String(17).with_variant(postgresql.MACADDR(), "postgresql")
Labels = postgresql.JSONB().with_variant(mysql.JSON(), "mysql").with_variant(JSON(), "sqlite")
