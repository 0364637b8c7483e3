import datetime
import re

from sqlalchemy import Column, DateTime, ForeignKey, Integer, func
from sqlalchemy.ext.declarative import declared_attr
from sqlalchemy.orm import as_declarative, relationship

from .conf import CRM_SCHEMA


@as_declarative()
class Base(object):
    """Every CRM table lives in the CRM schema and gets a plural snake_case name."""

    @declared_attr
    def __tablename__(cls):
        name = re.sub(r"(?<=[a-z0-9])([A-Z])", r"_\1", cls.__name__).lower()
        return name + "s"

    @declared_attr
    def __table_args__(cls):
        return {"schema": CRM_SCHEMA}

    id = Column(Integer, primary_key=True)

    def __repr__(self):
        return "<%s #%s>" % (type(self).__name__, self.id)


class TimestampMixin(object):
    created_at = Column(DateTime, nullable=False, server_default=func.now())
    updated_at = Column(DateTime, nullable=False, server_default=func.now(), onupdate=datetime.datetime.utcnow)


class OwnedMixin(object):
    """Rows owned by a sales rep."""

    @declared_attr
    def owner_id(cls):
        return Column(Integer, ForeignKey("%s.users.id" % CRM_SCHEMA), nullable=True, index=True)

    @declared_attr
    def owner(cls):
        return relationship("User")
