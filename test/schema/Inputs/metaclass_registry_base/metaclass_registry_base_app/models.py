# The declarative base SQLAlchemy documents for type checkers: a class whose
# metaclass is DeclarativeMeta, with a registry of its own.
import re

from sqlalchemy import Column, ForeignKey, Integer, MetaData, String
from sqlalchemy.orm import registry, relationship
from sqlalchemy.orm.decl_api import DeclarativeMeta

mapper_registry = registry()


class Base(metaclass=DeclarativeMeta):
    __abstract__ = True
    registry = mapper_registry
    metadata = mapper_registry.metadata
    __init__ = mapper_registry.constructor


class TimestampedBase(Base):
    __abstract__ = True
    created_at = Column(Integer, nullable=False)


class User(TimestampedBase):
    __tablename__ = "users"
    id = Column(Integer, primary_key=True)
    name = Column(String(50))
    addresses = relationship("Address", back_populates="user")


class Address(Base):
    __tablename__ = "addresses"
    id = Column(Integer, primary_key=True)
    user_id = Column(ForeignKey("users.id"), nullable=False)
    email = Column(String(200))
    user = relationship("User", back_populates="addresses")


def snake(name):
    return re.sub(r"(?<!^)(?=[A-Z])", "_", name).lower()


class AutoTableMeta(DeclarativeMeta):
    def __init__(cls, name, bases, d):
        if "__tablename__" not in d and not d.get("__abstract__", False):
            cls.__tablename__ = snake(name) + "s"
        super().__init__(name, bases, d)


audit_registry = registry(metadata=MetaData(schema="audit"))


class AuditBase(metaclass=AutoTableMeta):
    __abstract__ = True
    registry = audit_registry
    metadata = audit_registry.metadata


class LoginEvent(AuditBase):
    id = Column(Integer, primary_key=True)
    user_name = Column(String(50), nullable=False)


class PasswordReset(AuditBase):
    id = Column(Integer, primary_key=True)
    login_id = Column(ForeignKey("audit.login_events.id"))
    login = relationship("LoginEvent")
