"""Declarative base and the mixins every shop model uses."""
from datetime import datetime

from sqlalchemy import Boolean, Column, DateTime, ForeignKey, Integer, MetaData, func, sql
from sqlalchemy.ext.declarative import declared_attr
from sqlalchemy.orm import declarative_base, relationship

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class ModelBase(object):
    """Gives every model an integer ``id`` and a table name derived from the class."""

    @declared_attr
    def __tablename__(cls):
        return cls.__name__.lower()

    id = Column(Integer, primary_key=True)

    def to_dict(self):
        return {c.key: getattr(self, c.key) for c in self.__table__.columns}

    def __repr__(self):
        return "<%s #%s>" % (self.__class__.__name__, self.id)


metadata = MetaData(naming_convention=NAMING_CONVENTION)
Base = declarative_base(cls=ModelBase, metadata=metadata)


class TimestampMixin(object):
    created_at = Column(DateTime, nullable=False, default=datetime.utcnow, server_default=func.now())
    updated_at = Column(DateTime, nullable=False, default=datetime.utcnow, onupdate=datetime.utcnow)


class SoftDeleteMixin(object):
    deleted_at = Column(DateTime, nullable=True)
    is_deleted = Column(Boolean, nullable=False, default=False, server_default=sql.false())

    def soft_delete(self):
        self.is_deleted = True
        self.deleted_at = datetime.utcnow()


class OwnedMixin(object):
    """Rows that belong to a customer account."""

    @declared_attr
    def customer_id(cls):
        return Column(Integer, ForeignKey("customer.id", ondelete="CASCADE"), nullable=False, index=True)

    @declared_attr
    def customer(cls):
        return relationship("Customer")

