# A base class from a library schemac does not model is left out of the
# class. That matters to the schema only where the class, or one inheriting
# it, may define one, or where the class is used as an Enum's or a type: an
# API view on flask's MethodView, an error on werkzeug's NotFound or a
# pydantic settings class is not reported; a model on flask_login's
# UserMixin is, and so are a model inheriting a mixin that has such a base
# and a column of Enum(Color) where Color is a third-party StrEnum.
# RUN: %schemac schema %s 2>&1 >/dev/null | FileCheck %s --implicit-check-not=warning:
# RUN: %schemac schema %s 2>/dev/null | FileCheck %s --check-prefix=TEXT
from abc import ABC, abstractmethod
from contextlib import AbstractContextManager
from typing import Protocol

from flask.views import MethodView
from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict
from strenum import StrEnum
from flask_jwt_extended import jwt_required
from flask_login import UserMixin
from werkzeug.exceptions import NotFound
from sqlalchemy import Column, Enum, Integer, String
from sqlalchemy.orm import declarative_base

Base = declarative_base()


class UserResource(MethodView):
    """GET /users/<id>"""

    @jwt_required()
    def get(self, user_id):
        return {}

    @staticmethod
    def helper():
        pass

    def __check(self):
        pass

    class Schema:
        def dump(self):
            pass


class UserNotFound(NotFound):
    pass


class ExportFailed(RuntimeError):
    pass


class AuditedView(MethodView):
    def audit(self):
        pass


class Audit(AuditedView, Base):
    __tablename__ = "audits"
    id = Column(Integer, primary_key=True)


class User(UserMixin, Base):
    __tablename__ = "users"
    id = Column(Integer, primary_key=True)
    name = Column(String(80), default=hex(255))


class Paged(MethodView):
    per_page = Column(Integer)


class Color(StrEnum):
    RED = "red"


class Settings(BaseSettings):
    database_url: str = "sqlite://"
    pool_size: int = Field(default=5)
    model_config = SettingsConfigDict(env_file=".env")


class Missing(Undefined):
    pass


class Provider(ABC):
    @abstractmethod
    def url(self): ...


class Subscription(AbstractContextManager["Subscription"], Protocol):
    pass


class Setting(Provider, Base):
    __tablename__ = "settings"
    id = Column(Integer, primary_key=True)
    color = Column(Enum(Color, name="color"))

    def url(self):
        return ""


# CHECK: opaque-base-classes.py:14:1: warning: cannot resolve import of 'flask.views'
# CHECK: opaque-base-classes.py:16:1: warning: cannot resolve import of 'pydantic_settings'
# CHECK: opaque-base-classes.py:17:1: warning: cannot resolve import of 'strenum'
# CHECK: opaque-base-classes.py:18:1: warning: cannot resolve import of 'flask_jwt_extended'
# CHECK: opaque-base-classes.py:19:1: warning: cannot resolve import of 'flask_login'
# CHECK: opaque-base-classes.py:20:1: warning: cannot resolve import of 'werkzeug.exceptions'
# CHECK: opaque-base-classes.py:59:13: warning: 'AuditedView' has a base class 'MethodView' that cannot be resolved (opaque module); the analysis goes on without it
# CHECK: opaque-base-classes.py:64:12: warning: base class 'UserMixin' cannot be resolved (opaque module); it is left out of the class's bases
# CHECK: opaque-base-classes.py:67:5: warning: default of column 'name' cannot be evaluated ('hex()': 'hex' is not modelled by schemac)
# CHECK: opaque-base-classes.py:70:13: warning: base class 'MethodView' cannot be resolved (opaque module)
# CHECK: opaque-base-classes.py:84:15: warning: base class 'Undefined' cannot be resolved (name 'Undefined' is not defined)
# CHECK: opaque-base-classes.py:100:5: warning: 'Color' has a base class 'StrEnum' that cannot be resolved (opaque module); the analysis goes on without it
# TEXT: table audits
# TEXT-NEXT: id INTEGER primary key not null
# TEXT: table settings
# TEXT-NEXT: id INTEGER primary key not null
# TEXT: table users
# TEXT-NEXT: id INTEGER primary key not null
# TEXT-NEXT: name VARCHAR(80) null
