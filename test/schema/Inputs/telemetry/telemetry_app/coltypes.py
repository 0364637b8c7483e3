"""Portable column types: PostgreSQL-native where available, generic elsewhere."""
from sqlalchemy import JSON, String, Text, Uuid
from sqlalchemy.dialects import postgresql
from sqlalchemy.types import TypeEngine

PG = "postgresql"


def json_type() -> TypeEngine:
    return JSON().with_variant(postgresql.JSONB(astext_type=Text()), PG)


def string_array(item_length: int = 64) -> TypeEngine:
    """Text[] on PostgreSQL, a JSON list elsewhere."""
    return JSON().with_variant(postgresql.ARRAY(String(item_length)), PG)


def int_array() -> TypeEngine:
    return JSON().with_variant(postgresql.ARRAY(postgresql.INTEGER()), PG)


IPAddress = String(45).with_variant(postgresql.INET(), PG)
Network = String(49).with_variant(postgresql.CIDR(), PG)
MacAddress = String(17).with_variant(postgresql.MACADDR(), PG)
SearchVector = Text().with_variant(postgresql.TSVECTOR(), PG)
LegacyUUID = String(36).with_variant(postgresql.UUID(as_uuid=False), PG)
GUID = Uuid()
