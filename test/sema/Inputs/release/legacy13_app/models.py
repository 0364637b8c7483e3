# Written for SQLAlchemy 1.3: declarative_base from sqlalchemy.ext.
import enum

from sqlalchemy import Boolean, Column, Enum, Integer
from sqlalchemy.ext.declarative import declarative_base

Base = declarative_base()


class Color(enum.Enum):
    red = 1
    blue = 2


class Swatch(Base):
    __tablename__ = "swatches"
    id = Column(Integer, primary_key=True)
    color = Column(Enum(Color))
    matte = Column(Boolean)
