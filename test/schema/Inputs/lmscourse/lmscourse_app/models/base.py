import re

from sqlalchemy import Column, DateTime, Integer, MetaData, func
from sqlalchemy.orm import as_declarative, declared_attr

convention = {
    "ix": "ix_%(table_name)s_%(column_0_name)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def _snake(name):
    return re.sub(r"(?<!^)(?=[A-Z])", "_", name).lower()


@as_declarative(metadata=MetaData(naming_convention=convention))
class Model(object):
    """Base of every LMS model; tables default to the plural snake_case class name."""

    @declared_attr
    def __tablename__(cls):
        return _snake(cls.__name__) + "s"

    id = Column(Integer, primary_key=True)

    def __repr__(self):
        return "<%s %s>" % (type(self).__name__, self.id)


class Audited(object):
    created_at = Column(DateTime, nullable=False, server_default=func.now())
    modified_at = Column(DateTime, onupdate=func.now())

    @declared_attr
    def __table_args__(cls):
        return {"mysql_engine": "InnoDB", "mysql_charset": "utf8mb4"}
