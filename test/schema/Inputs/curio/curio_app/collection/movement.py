"""Locations, object movements and loans.  Loans use the classical @mapped decorator."""
import datetime
import enum

from sqlalchemy import Column, Date, DateTime, Enum, ForeignKey, Integer, String, Text, func
from sqlalchemy.orm import relationship

from curio_app.collection.base import Base, mapper_registry
from curio_app.collection.vocab import LoanDirection, LocationKind

__all__ = ["Location", "Movement", "Loan"]


class Location(Base):
    __tablename__ = "locations"

    code = Column(String(20), nullable=False, unique=True)
    kind = Column(Enum(*[k.value for k in LocationKind], name="location_kind"), nullable=False,
                  default=LocationKind.STORE.value)
    building = Column(String(60))
    room = Column(String(60))
    unit = Column(String(60))
    climate_controlled = Column(Integer, default=0)
    parent_id = Column(Integer, ForeignKey("locations.id"))

    children = relationship("Location")


class Movement(Base):
    __tablename__ = "movements"

    object_id = Column(Integer, ForeignKey("collection_objects.id", ondelete="CASCADE"), nullable=False, index=True)
    from_location_id = Column(Integer, ForeignKey("locations.id"))
    to_location_id = Column(ForeignKey("locations.id"), nullable=False)
    moved_at = Column(DateTime, nullable=False, server_default=func.now())
    reason = Column(String(100))

    to_location = relationship(Location, foreign_keys=[to_location_id])


@mapper_registry.mapped
class Loan(object):
    __tablename__ = "loans"

    class Status(enum.Enum):
        requested = 1
        agreed = 2
        in_transit = 3
        on_site = 4
        returned = 5

    id = Column(Integer, primary_key=True)
    direction = Column(Enum(LoanDirection, name="loan_direction"), nullable=False)
    institution = Column(String(200), nullable=False)
    object_id = Column(Integer, ForeignKey("collection_objects.id"), nullable=False)
    starts = Column(Date, nullable=False, default=datetime.date.today)
    ends = Column(Date)
    insurance_value = Column(Integer)
    conditions = Column(Text)
    status = Column(Enum(Status), nullable=False, default=Status.requested)

    obj = relationship("CollectionObject", backref="loans")
