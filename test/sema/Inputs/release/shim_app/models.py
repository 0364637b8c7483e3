# Runs on SQLAlchemy 1.4 and 2.0: the 2.0 names are tried first.
import sqlalchemy as sa
from sqlalchemy import CHAR, Column, Integer, String
from sqlalchemy.orm import declarative_base

try:
    from sqlalchemy import Uuid

    UUIDType = Uuid(as_uuid=False)
except ImportError:
    UUIDType = CHAR(36)

try:
    from sqlalchemy.orm import DeclarativeBase

    class Base(DeclarativeBase):
        pass

except ImportError:
    Base = declarative_base()


class Entity(Base):
    __abstract__ = True
    id = Column(Integer, primary_key=True)
    created = Column(sa.DateTime, nullable=False, server_default=sa.func.now())


class Tag(Entity):
    __tablename__ = "tags"
    label = Column(String(40), nullable=False)
    public_id = Column(UUIDType)
