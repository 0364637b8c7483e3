# sqlalchemy_utils.types: the column types as SQLAlchemy-Utils 0.38 builds
# them, each a TypeDecorator over the type its impl names.
from sqlalchemy import types
from sqlalchemy.dialects import postgresql, sqlite

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
        self.choices = choices
        # A Python enum's columns, for lineage (Declarative.cpp).
        self.__schemac_enum_class__ = choices
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


# PasswordType.calculate_max_length: 4 + the length of the scheme's name, of
# its max_rounds, its max_salt_size and its checksum, at least 1024. Passlib
# 1.7's schemes whose figure is larger; every other scheme gives 1024.
_PASSWORD_LENGTHS = {
    "argon2": 4294967331,
    "cta_pbkdf2_sha1": 1073,
    "grub_pbkdf2_sha512": 1120,
    "pbkdf2_sha1": 1076,
    "pbkdf2_sha256": 1094,
    "pbkdf2_sha512": 1137,
    "scrypt": 1068,
}


class PasswordType(types.TypeDecorator):
    impl = types.VARBINARY(1024)

    def __init__(self, max_length=None, **kwargs):
        super().__init__()
        # LazyCryptContext(onload=f): f(**kwargs) gives the context's
        # keywords, when the length is first asked for.
        if "onload" in kwargs:
            kwargs = kwargs.pop("onload")(**kwargs)
        schemes = kwargs.get("schemes", ())
        if max_length is None:
            # CryptContext takes a list or a comma-separated string.
            if isinstance(schemes, str):
                schemes = schemes.split(",")
            # Schemes the analysis cannot see leave the length unknown.
            max_length = max(
                [1024] + [_PASSWORD_LENGTHS.get(n.strip(), 1024) for n in schemes]
            )
        self.length = max_length

    def load_dialect_impl(self, dialect):
        if dialect.name == "postgresql":
            return postgresql.BYTEA(self.length)
        if dialect.name == "sqlite":
            return sqlite.BLOB(self.length)
        return types.VARBINARY(self.length)


class RangeType(types.TypeDecorator):
    def __init__(self, *args, step=None, **kwargs):
        super().__init__(*args, **kwargs)

    def load_dialect_impl(self, dialect):
        if dialect.name == "postgresql":
            return self.impl
        return types.String(255)


class IntRangeType(RangeType):
    impl = postgresql.INT4RANGE


class Int8RangeType(RangeType):
    impl = postgresql.INT8RANGE


class NumericRangeType(RangeType):
    impl = postgresql.NUMRANGE


class DateRangeType(RangeType):
    impl = postgresql.DATERANGE


class DateTimeRangeType(RangeType):
    impl = postgresql.TSRANGE


# PostgreSQL's ltree extension: the library teaches PostgreSQL's type
# compiler LTREE; the other dialects cannot render it.
class LtreeType(types.UserDefinedType):
    def get_col_spec(self):
        return "LTREE"


# sqlalchemy_utils.types.bit.BitType, which WeekDaysType wraps.
class _BitType(types.TypeDecorator):
    impl = types.BINARY

    def __init__(self, length=1, **kwargs):
        self.length = length
        super().__init__(**kwargs)

    def load_dialect_impl(self, dialect):
        if dialect.name == "postgresql":
            return postgresql.BIT(self.length)
        if dialect.name == "sqlite":
            return types.String(self.length)
        return types.BINARY(self.length)


class WeekDaysType(types.TypeDecorator):
    impl = _BitType(7)


class EnrichedDateTimeType(types.TypeDecorator):
    impl = types.DateTime

    def __init__(self, datetime_processor=None, *args, **kwargs):
        super().__init__(*args, **kwargs)


class EnrichedDateType(types.TypeDecorator):
    impl = types.Date

    def __init__(self, date_processor=None, *args, **kwargs):
        super().__init__(*args, **kwargs)
