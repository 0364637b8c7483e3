# pydantic, as SQLModel fields use it: the string-like types are str.
from decimal import Decimal


class BaseModel:
    pass


class EmailStr(str):
    pass


class NameEmail(str):
    pass


class AnyUrl(str):
    pass


class HttpUrl(AnyUrl):
    pass


class AnyHttpUrl(AnyUrl):
    pass


class SecretStr:
    pass


class ConfigDict(dict):
    pass


def Field(default=None, **kwargs):
    return default


def validator(*fields, **kwargs):
    def decorate(f):
        return f
    return decorate


field_validator = validator
model_validator = validator


# Constrained types (pydantic 1.x): subclasses of the base type carrying
# their constraints as class attributes, which SQLModel reads (condecimal's
# max_digits and decimal_places become Numeric's precision and scale).
class ConstrainedStr(str):
    pass


class ConstrainedInt(int):
    pass


class ConstrainedFloat(float):
    pass


class ConstrainedDecimal(Decimal):
    pass


def constr(*, strip_whitespace=False, to_upper=False, to_lower=False, strict=False,
           min_length=None, max_length=None, curtail_length=None, regex=None):
    return type("ConstrainedStrValue", (ConstrainedStr,),
                dict(min_length=min_length, max_length=max_length))


def conint(*, strict=False, gt=None, ge=None, lt=None, le=None, multiple_of=None):
    return type("ConstrainedIntValue", (ConstrainedInt,), dict(gt=gt, ge=ge, lt=lt, le=le))


def confloat(*, strict=False, gt=None, ge=None, lt=None, le=None, multiple_of=None,
             allow_inf_nan=None):
    return type("ConstrainedFloatValue", (ConstrainedFloat,), dict(gt=gt, ge=ge, lt=lt, le=le))


def condecimal(*, gt=None, ge=None, lt=None, le=None, max_digits=None, decimal_places=None,
               multiple_of=None):
    return type("ConstrainedDecimalValue", (ConstrainedDecimal,),
                dict(max_digits=max_digits, decimal_places=decimal_places))
