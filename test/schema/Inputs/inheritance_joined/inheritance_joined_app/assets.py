"""Table names computed by a declared_attr on an abstract base."""
from sqlalchemy import Column, ForeignKey, Integer, Numeric, String
from sqlalchemy.ext.declarative import declared_attr
from sqlalchemy.orm import has_inherited_table, relationship

from .base import Base


class Entity(Base):
    __abstract__ = True

    @declared_attr
    def __tablename__(cls):
        if has_inherited_table(cls):
            return None
        return cls.__name__.lower()


class Asset(Entity):
    id = Column(Integer, primary_key=True)
    asset_type = Column(String(30), nullable=False)
    value = Column(Numeric(12, 2))
    owner_id = Column(Integer, ForeignKey("people.id"))

    owner = relationship("Person", backref="assets")
    __mapper_args__ = {"polymorphic_on": asset_type, "polymorphic_identity": "asset"}


class Laptop(Asset):
    serial = Column(String(40))
    __mapper_args__ = {"polymorphic_identity": "laptop"}


class Vehicle(Asset):
    @declared_attr
    def __tablename__(cls):
        return "asset_" + cls.__name__.lower() + "s"

    id = Column(Integer, ForeignKey("asset.id"), primary_key=True)
    plate = Column(String(12), unique=True)
    __mapper_args__ = {"polymorphic_identity": "vehicle"}
