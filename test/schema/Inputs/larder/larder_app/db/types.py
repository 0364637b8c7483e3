"""Custom column types."""
from __future__ import annotations

import json
from fractions import Fraction

from sqlalchemy import JSON, String, Text
from sqlalchemy.types import TypeDecorator

try:
    from sqlalchemy.dialects.postgresql import ARRAY, JSONB
except ImportError:  # pragma: no cover - very old SQLAlchemy
    JSONB = JSON
    ARRAY = None

try:
    from slugify import slugify
except ImportError:
    def slugify(text: str) -> str:
        return "-".join(text.lower().split())

# JSONB on PostgreSQL, plain JSON elsewhere
JsonDoc = JSON().with_variant(JSONB(), "postgresql")


def string_list():
    """TEXT[] on PostgreSQL, a JSON list on the others."""
    return ARRAY(String(64)).with_variant(JSON(), "mysql", "sqlite")


class SlugType(TypeDecorator):
    impl = String(140)
    cache_ok = True

    def process_bind_param(self, value, dialect):
        return slugify(value) if value is not None else None


class FractionType(TypeDecorator):
    """Stores quantities such as 3/4 cup exactly."""

    impl = String
    cache_ok = True

    def __init__(self, length: int = 16, **kw):
        super().__init__(length=length, **kw)

    def process_bind_param(self, value, dialect):
        return None if value is None else str(Fraction(value))

    def process_result_value(self, value, dialect):
        return None if value is None else Fraction(value)


class Markdown(TypeDecorator):
    impl = Text
    cache_ok = True


class JsonList(TypeDecorator):
    impl = Text
    cache_ok = True

    def process_bind_param(self, value, dialect):
        return json.dumps(value or [])

    def process_result_value(self, value, dialect):
        return json.loads(value) if value else []
