"""A TypeDecorator that checks its arguments, as Dify's EnumText does."""
from sqlalchemy import VARCHAR
from sqlalchemy.types import TypeDecorator


class EnumText(TypeDecorator):
    impl = VARCHAR
    cache_ok = True

    def __init__(self, enum_class, length=None):
        self._enum_class = enum_class
        longest = max(len(e.value) for e in enum_class)
        if length is not None:
            if length < longest:
                raise ValueError("length should be greater than enum value length.")
            self._length = length
        else:
            self._length = max(longest, 20)

    def load_dialect_impl(self, dialect):
        return dialect.type_descriptor(VARCHAR(self._length))
