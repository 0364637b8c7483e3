# sqlalchemy_utils: its column types as SQLAlchemy-Utils 0.38 builds them,
# the Timestamp mixin, and what models use besides: generic_repr,
# generic_relationship. Other names of the library are opaque.
from .generic import generic_relationship
from .models import Timestamp, generic_repr
from .types import (
    ArrowType,
    ChoiceType,
    ColorType,
    CountryType,
    CurrencyType,
    EmailType,
    EncryptedType,
    IPAddressType,
    JSONType,
    LocaleType,
    PasswordType,
    PhoneNumberType,
    ScalarListType,
    StringEncryptedType,
    TimezoneType,
    TSVectorType,
    URLType,
    UUIDType,
)
