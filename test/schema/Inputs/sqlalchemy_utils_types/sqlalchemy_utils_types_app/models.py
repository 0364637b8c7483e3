import sqlalchemy as sa
from sqlalchemy.orm import declarative_base
from sqlalchemy_utils import (
    ArrowType,
    ChoiceType,
    ColorType,
    CountryType,
    DateRangeType,
    DateTimeRangeType,
    CurrencyType,
    EmailType,
    EncryptedType,
    EnrichedDateTimeType,
    EnrichedDateType,
    Int8RangeType,
    IntRangeType,
    IPAddressType,
    JSONType,
    LocaleType,
    LtreeType,
    NumericRangeType,
    PasswordType,
    PhoneNumberType,
    ScalarListType,
    StringEncryptedType,
    Timestamp,
    TimezoneType,
    URLType,
    UUIDType,
    WeekDaysType,
    generic_relationship,
    generic_repr,
)
from sqlalchemy_utils.types import TSVectorType
from sqlalchemy_utils.types.encrypted.encrypted_type import FernetEngine

Base = declarative_base()


@generic_repr
class Account(Base, Timestamp):
    __tablename__ = "accounts"
    id = sa.Column(sa.Integer, primary_key=True)
    email = sa.Column(EmailType, nullable=False, unique=True)
    short_email = sa.Column(EmailType(length=100))
    homepage = sa.Column(URLType)
    tags = sa.Column(ScalarListType())
    search = sa.Column(
        TSVectorType("email").with_variant(sa.Text(), "mysql").with_variant(sa.Text(), "sqlite")
    )
    public_id = sa.Column(UUIDType(binary=False))
    token = sa.Column(UUIDType)
    raw_id = sa.Column(UUIDType(native=False))
    settings = sa.Column(JSONType)
    plan = sa.Column(ChoiceType([("free", "Free"), ("pro", "Pro")]))
    level = sa.Column(ChoiceType([(1, "One")], impl=sa.Integer()))
    color = sa.Column(ColorType)
    country = sa.Column(CountryType)
    currency = sa.Column(CurrencyType)
    ip = sa.Column(IPAddressType(max_length=45))
    locale = sa.Column(LocaleType)
    timezone = sa.Column(TimezoneType(backend="pytz"))
    secret = sa.Column(StringEncryptedType(sa.Unicode, "key", FernetEngine, length=255))
    legacy_secret = sa.Column(EncryptedType(sa.Unicode, "key", FernetEngine))
    signed_up = sa.Column(ArrowType(timezone=True))
    last_seen = sa.Column(ArrowType)
    phone = sa.Column(PhoneNumberType())
    fax = sa.Column(PhoneNumberType(region="FI", max_length=32))


@generic_repr("id")
class Event(Base):
    __tablename__ = "events"
    id = sa.Column(sa.Integer, primary_key=True)
    object_type = sa.Column(sa.Unicode(255))
    object_id = sa.Column(sa.Integer)
    object = generic_relationship(object_type, object_id)


class Credential(Base):
    __tablename__ = "credentials"
    id = sa.Column(sa.Integer, primary_key=True)
    password = sa.Column(
        PasswordType(schemes=["pbkdf2_sha512", "md5_crypt"], deprecated=["md5_crypt"])
    )
    pin = sa.Column(PasswordType(schemes=["bcrypt"]))
    legacy = sa.Column(PasswordType(schemes="sha256_crypt,scrypt"))
    sized = sa.Column(PasswordType(max_length=255, schemes=["argon2"]))
    configured = sa.Column(
        PasswordType(onload=lambda **kw: dict(schemes=["pbkdf2_sha256"], **kw))
    )


class Booking(Base):
    __tablename__ = "bookings"
    id = sa.Column(sa.Integer, primary_key=True)
    seats = sa.Column(IntRangeType)
    big_seats = sa.Column(Int8RangeType(step=2))
    price = sa.Column(NumericRangeType)
    stay = sa.Column(DateRangeType, nullable=False)
    slot = sa.Column(DateTimeRangeType)
    path = sa.Column(LtreeType().with_variant(sa.Text(), "mysql").with_variant(sa.Text(), "sqlite"))
    open_days = sa.Column(WeekDaysType)
    starts = sa.Column(EnrichedDateTimeType(timezone=True))
    day = sa.Column(EnrichedDateType)
