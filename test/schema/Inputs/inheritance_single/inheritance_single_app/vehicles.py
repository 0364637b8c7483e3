"""Classic Column style single-table inheritance with a non-string discriminator."""
from sqlalchemy import Column, Integer, SmallInteger, String

from . import Base


class Vehicle(Base):
    __tablename__ = "vehicles"

    id = Column(Integer, primary_key=True)
    kind = Column(SmallInteger, nullable=False)
    plate = Column(String(12), unique=True)
    __mapper_args__ = {"polymorphic_on": kind, "polymorphic_identity": 0}


class Truck(Vehicle):
    payload_tons = Column(Integer)
    __mapper_args__ = {"polymorphic_identity": 1}


class Bus(Vehicle):
    seats = Column(Integer, nullable=False, default=40)
    __mapper_args__ = {"polymorphic_identity": 2}
