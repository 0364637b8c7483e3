import datetime

from sqlalchemy import Column, DateTime, Integer, MetaData, String
from sqlalchemy.orm import registry

mapper_registry = registry(metadata=MetaData())


@mapper_registry.as_declarative_base()
class Base(object):
    __abstract__ = True

    id = Column(Integer, primary_key=True)
    record_created = Column(DateTime, default=datetime.datetime.utcnow, nullable=False)
    record_modified = Column(DateTime, onupdate=datetime.datetime.utcnow)
    cataloguer = Column(String(40))

    def __repr__(self):
        return "<{} {}>".format(type(self).__name__, self.id)
