import json
import uuid

from sqlalchemy import CHAR, DateTime, Numeric, String, Text
from sqlalchemy.dialects import postgresql
from sqlalchemy.types import TypeDecorator, UserDefinedType


class GUID(TypeDecorator):
    """Native UUID on PostgreSQL, CHAR(32) hex elsewhere."""

    impl = CHAR
    cache_ok = True

    def load_dialect_impl(self, dialect):
        if dialect.name == "postgresql":
            return dialect.type_descriptor(postgresql.UUID())
        return dialect.type_descriptor(CHAR(32))

    def process_bind_param(self, value, dialect):
        if value is None or dialect.name == "postgresql":
            return value
        return uuid.UUID(str(value)).hex


class LowerCaseString(TypeDecorator):
    """impl as a class: the length given at the use site goes to String."""

    impl = String
    cache_ok = True

    def process_bind_param(self, value, dialect):
        return value.lower() if value is not None else value


class JSONText(TypeDecorator):
    impl = Text
    cache_ok = True

    def process_bind_param(self, value, dialect):
        return json.dumps(value) if value is not None else None

    def process_result_value(self, value, dialect):
        return json.loads(value) if value is not None else None


class Money(TypeDecorator):
    """impl as an instance: precision and scale are fixed."""

    impl = Numeric(12, 2)
    cache_ok = True


class UTCDateTime(TypeDecorator):
    impl = DateTime(timezone=True)
    cache_ok = True


class TagList(TypeDecorator):
    """Comma-separated tags; its own constructor supplies a default length."""

    impl = String
    cache_ok = True

    def __init__(self, length=500, **kwargs):
        super().__init__(length, **kwargs)

    def process_bind_param(self, value, dialect):
        return ",".join(value) if value else None


class Email(LowerCaseString):
    """A decorator of a decorator."""

    cache_ok = True


class Point(UserDefinedType):
    cache_ok = True

    def get_col_spec(self, **kw):
        return "POINT"
