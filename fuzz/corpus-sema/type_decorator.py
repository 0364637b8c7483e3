#--- type_decorator_app/__init__.py
"""Custom column types built on TypeDecorator and UserDefinedType."""
#--- type_decorator_app/models.py
import uuid

from sqlalchemy import Column, ForeignKey, Integer
from sqlalchemy.orm import declarative_base, relationship

from . import types as t
from .types import GUID, Money, TagList

Base = declarative_base()


class Merchant(Base):
    __tablename__ = "merchants"

    id = Column(GUID(), primary_key=True, default=uuid.uuid4)
    login = Column(t.LowerCaseString(64), unique=True, nullable=False)
    contact = Column(t.Email(254))
    settings = Column(t.JSONText, default=dict)
    location = Column(t.Point)

    payments = relationship("Payment", back_populates="merchant")


class Payment(Base):
    __tablename__ = "payments"

    id = Column(Integer, primary_key=True)
    merchant_id = Column(GUID, ForeignKey("merchants.id"), nullable=False)
    amount = Column(Money, nullable=False)
    fee = Column(Money(), default=0)
    tags = Column(TagList())
    short_tags = Column(TagList(40))
    captured_at = Column(t.UTCDateTime)

    merchant = relationship(Merchant, back_populates="payments")

    def __repr__(self):
        return "<Payment %s %s>" % (self.id, self.amount)
#--- type_decorator_app/types.py
import json
import uuid

from sqlalchemy import CHAR, DateTime, Numeric, String, Text
from sqlalchemy.dialects import postgresql
from sqlalchemy.types import TypeDecorator, UserDefinedType


class GUID(TypeDecorator):
    """Native UUID on PostgreSQL, CHAR(32) hex elsewhere."""

    impl = CHAR
    cache_ok = True

    def load_dialect_impl(self, dialect):
        if dialect.name == "postgresql":
            return dialect.type_descriptor(postgresql.UUID())
        return dialect.type_descriptor(CHAR(32))

    def process_bind_param(self, value, dialect):
        if value is None or dialect.name == "postgresql":
            return value
        return uuid.UUID(str(value)).hex


class LowerCaseString(TypeDecorator):
    """impl as a class: the length given at the use site goes to String."""

    impl = String
    cache_ok = True

    def process_bind_param(self, value, dialect):
        return value.lower() if value is not None else value


class JSONText(TypeDecorator):
    impl = Text
    cache_ok = True

    def process_bind_param(self, value, dialect):
        return json.dumps(value) if value is not None else None

    def process_result_value(self, value, dialect):
        return json.loads(value) if value is not None else None


class Money(TypeDecorator):
    """impl as an instance: precision and scale are fixed."""

    impl = Numeric(12, 2)
    cache_ok = True


class UTCDateTime(TypeDecorator):
    impl = DateTime(timezone=True)
    cache_ok = True


class TagList(TypeDecorator):
    """Comma-separated tags; its own constructor supplies a default length."""

    impl = String
    cache_ok = True

    def __init__(self, length=500, **kwargs):
        super().__init__(length, **kwargs)

    def process_bind_param(self, value, dialect):
        return ",".join(value) if value else None


class Email(LowerCaseString):
    """A decorator of a decorator."""

    cache_ok = True


class Point(UserDefinedType):
    cache_ok = True

    def get_col_spec(self, **kw):
        return "POINT"
