# sqlalchemy_utils.types: the column types as SQLAlchemy-Utils 0.38 builds
# them, each a TypeDecorator over the type its impl names.
from sqlalchemy import types
from sqlalchemy.dialects import postgresql

from .encrypted.encrypted_type import EncryptedType, StringEncryptedType


class EmailType(types.TypeDecorator):
    impl = types.Unicode

    def __init__(self, length=255, *args, **kwargs):
        super().__init__(length=length, *args, **kwargs)


class URLType(types.TypeDecorator):
    impl = types.UnicodeText


class ScalarListType(types.TypeDecorator):
    impl = types.UnicodeText()

    def __init__(self, coerce_func=str, separator=","):
        super().__init__()


class TSVectorType(types.TypeDecorator):
    impl = postgresql.TSVECTOR

    def __init__(self, *args, **kwargs):
        super().__init__()


class UUIDType(types.TypeDecorator):
    impl = types.BINARY(16)

    def __init__(self, binary=True, native=True):
        super().__init__()
        self.binary = binary
        self.native = native

    def load_dialect_impl(self, dialect):
        if self.native and dialect.name == "postgresql":
            return postgresql.UUID()
        return self.impl if self.binary else types.CHAR(32)


class JSONType(types.TypeDecorator):
    impl = types.UnicodeText

    def load_dialect_impl(self, dialect):
        if dialect.name == "postgresql":
            return postgresql.JSON()
        return self.impl


class ChoiceType(types.TypeDecorator):
    impl = types.Unicode(255)

    def __init__(self, choices, impl=None):
        super().__init__()
        if impl:
            self.impl = impl


class ColorType(types.TypeDecorator):
    impl = types.Unicode(20)

    def __init__(self, max_length=20, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.impl = types.Unicode(max_length)


class CountryType(types.TypeDecorator):
    impl = types.String(2)


class CurrencyType(types.TypeDecorator):
    impl = types.String(3)


class IPAddressType(types.TypeDecorator):
    impl = types.Unicode(50)

    def __init__(self, max_length=50, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.impl = types.Unicode(max_length)


class LocaleType(types.TypeDecorator):
    impl = types.Unicode(10)

    def __init__(self):
        super().__init__()


class TimezoneType(types.TypeDecorator):
    impl = types.Unicode(50)

    def __init__(self, backend="dateutil"):
        super().__init__()


class ArrowType(types.TypeDecorator):
    impl = types.DateTime


class PhoneNumberType(types.TypeDecorator):
    impl = types.Unicode(20)

    def __init__(self, region="US", max_length=20, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.impl = types.Unicode(max_length)
