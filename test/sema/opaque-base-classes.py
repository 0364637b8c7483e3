# A base class from a library schemac does not model is left out of the
# class. That matters to the schema only where the class, or one inheriting
# it, defines one: an API view on flask's MethodView or an error on
# werkzeug's NotFound is not reported; a model on flask_login's UserMixin
# is, and so is a model inheriting a mixin that has such a base.
# RUN: %schemac schema %s 2>&1 >/dev/null | FileCheck %s --implicit-check-not=warning:
# RUN: %schemac schema %s 2>/dev/null | FileCheck %s --check-prefix=TEXT
from abc import ABC, abstractmethod
from contextlib import AbstractContextManager
from typing import Protocol

from flask.views import MethodView
from flask_jwt_extended import jwt_required
from flask_login import UserMixin
from werkzeug.exceptions import NotFound
from sqlalchemy import Column, Integer, String
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
    name = Column(String(80), default=round(2.5))


class Paged(MethodView):
    per_page = 20


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

    def url(self):
        return ""


# CHECK: opaque-base-classes.py:12:1: warning: cannot resolve import of 'flask.views'
# CHECK: opaque-base-classes.py:13:1: warning: cannot resolve import of 'flask_jwt_extended'
# CHECK: opaque-base-classes.py:14:1: warning: cannot resolve import of 'flask_login'
# CHECK: opaque-base-classes.py:15:1: warning: cannot resolve import of 'werkzeug.exceptions'
# CHECK: opaque-base-classes.py:51:13: warning: 'AuditedView' has a base class 'MethodView' that cannot be resolved (opaque module); it is left out of this class's bases too
# CHECK: opaque-base-classes.py:56:12: warning: base class 'UserMixin' cannot be resolved (opaque module); it is left out of the class's bases
# CHECK: opaque-base-classes.py:59:5: warning: default of column 'name' cannot be evaluated ('round()': 'round' is not modelled by schemac)
# CHECK: opaque-base-classes.py:62:13: warning: base class 'MethodView' cannot be resolved (opaque module)
# CHECK: opaque-base-classes.py:66:15: warning: base class 'Undefined' cannot be resolved (name 'Undefined' is not defined)
# TEXT: table audits
# TEXT-NEXT: id INTEGER primary key not null
# TEXT: table settings
# TEXT-NEXT: id INTEGER primary key not null
# TEXT: table users
# TEXT-NEXT: id INTEGER primary key not null
# TEXT-NEXT: name VARCHAR(80) null
