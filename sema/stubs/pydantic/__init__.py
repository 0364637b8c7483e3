# pydantic, as SQLModel fields use it: the string-like types are str.
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
