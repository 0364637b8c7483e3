"""Joined-table inheritance: one table per line of business."""
import datetime

from sqlalchemy import (Boolean, Column, Date, DateTime, Enum, ForeignKey, Integer, Numeric,
                        SmallInteger, String, UniqueConstraint, func)
from sqlalchemy.ext.hybrid import hybrid_property
from sqlalchemy.orm import relationship

from .base import Base, _repr

LINES = ("auto", "home", "travel")


class Policy(Base):
    __tablename__ = "policies"

    id = Column(Integer, primary_key=True)
    policy_number = Column(String(20), nullable=False, unique=True)
    line = Column(Enum(*LINES, name="line_of_business"), nullable=False)
    holder_id = Column(Integer, ForeignKey("parties.id"), nullable=False, index=True)
    broker_id = Column(Integer, ForeignKey("parties.id"))
    inception_date = Column(Date, nullable=False)
    expiry_date = Column(Date, nullable=False)
    annual_premium = Column(Numeric(12, 2), nullable=False)
    created_at = Column(DateTime, server_default=func.now())

    holder = relationship("Party", foreign_keys=[holder_id])
    broker = relationship("Broker", foreign_keys=[broker_id], back_populates="policies")
    coverages = relationship("Coverage", back_populates="policy", cascade="all, delete-orphan")

    __mapper_args__ = {"polymorphic_on": line, "polymorphic_identity": None,
                       "with_polymorphic": "*"}

    @hybrid_property
    def is_active(self):
        today = datetime.date.today()
        return self.inception_date <= today <= self.expiry_date

    def __repr__(self):
        return _repr(self, "policy_number", "line")


class AutoPolicy(Policy):
    __tablename__ = "auto_policies"

    id = Column(Integer, ForeignKey("policies.id", ondelete="CASCADE"), primary_key=True)
    no_claims_years = Column(SmallInteger, nullable=False, default=0)
    named_drivers = Column(SmallInteger, nullable=False, default=1)

    vehicles = relationship("Vehicle", back_populates="policy")

    __mapper_args__ = {"polymorphic_identity": "auto"}


class HomePolicy(Policy):
    __tablename__ = "home_policies"

    policy_id = Column("id", Integer, ForeignKey("policies.id", ondelete="CASCADE"), primary_key=True)
    property_postcode = Column(String(10), nullable=False)
    rebuild_value = Column(Numeric(14, 2))
    has_alarm = Column(Boolean, default=False)
    flood_zone = Column(Boolean, default=False, nullable=False)

    __mapper_args__ = {"polymorphic_identity": "home"}


class TravelPolicy(Policy):
    __tablename__ = "travel_policies"

    id = Column(Integer, ForeignKey(Policy.id), primary_key=True)
    region = Column(String(20), nullable=False, default="europe")
    winter_sports = Column(Boolean, default=False)

    __mapper_args__ = {"polymorphic_identity": "travel"}


class Vehicle(Base):
    __tablename__ = "vehicles"
    __table_args__ = (UniqueConstraint("policy_id", "registration"),)

    id = Column(Integer, primary_key=True)
    policy_id = Column(Integer, ForeignKey("auto_policies.id", ondelete="CASCADE"), nullable=False)
    registration = Column(String(12), nullable=False)
    make = Column(String(40))
    model = Column(String(40))
    year = Column(SmallInteger)

    policy = relationship(AutoPolicy, back_populates="vehicles")


class Coverage(Base):
    __tablename__ = "coverages"

    id = Column(Integer, primary_key=True)
    policy_id = Column(Integer, ForeignKey("policies.id", ondelete="CASCADE"), nullable=False)
    code = Column(String(16), nullable=False)
    limit_amount = Column(Numeric(14, 2))
    excess = Column(Numeric(10, 2), default=0)

    policy = relationship(Policy, back_populates="coverages")
