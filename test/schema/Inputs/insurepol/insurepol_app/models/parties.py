"""Single-table inheritance: every kind of party lives in ``parties``."""
from sqlalchemy import Column, Date, ForeignKey, Integer, Numeric, String
from sqlalchemy.orm import relationship

from .base import Base, _repr


class Party(Base):
    __tablename__ = "parties"

    id = Column(Integer, primary_key=True)
    party_type = Column(String(20), nullable=False)
    display_name = Column(String(200), nullable=False)
    email = Column(String(254))
    phone = Column(String(30))

    __mapper_args__ = {
        "polymorphic_on": party_type,
        "polymorphic_identity": "party",
    }

    def __repr__(self):
        return _repr(self, "id", "display_name")


class Person(Party):
    date_of_birth = Column(Date)
    national_id = Column(String(20), unique=True)

    __mapper_args__ = {"polymorphic_identity": "person"}


class Organisation(Party):
    registration_number = Column(String(30))
    vat_number = Column(String(30))

    __mapper_args__ = {"polymorphic_identity": "organisation"}


class Broker(Organisation):
    """A brokerage firm; earns commission on the policies it places."""

    commission_rate = Column(Numeric(5, 4))
    licence_number = Column(String(40))

    policies = relationship("Policy", back_populates="broker", foreign_keys="Policy.broker_id")

    __mapper_args__ = {"polymorphic_identity": "broker"}
