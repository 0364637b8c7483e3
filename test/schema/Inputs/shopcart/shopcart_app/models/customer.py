from sqlalchemy import Column, ForeignKey, Integer, String, Unicode, Boolean, UniqueConstraint
from sqlalchemy.orm import relationship, validates

from ..settings import COUNTRY_CODE_LENGTH
from .meta import Base, SoftDeleteMixin, TimestampMixin


class Customer(TimestampMixin, SoftDeleteMixin, Base):
    email = Column(String(254), nullable=False, unique=True)
    first_name = Column(Unicode(60))
    last_name = Column(Unicode(60))
    phone = Column(String(32))
    marketing_opt_in = Column(Boolean, default=False)

    addresses = relationship("Address", back_populates="customer", cascade="all, delete-orphan")
    orders = relationship("Order", back_populates="customer")

    @property
    def full_name(self):
        return " ".join(p for p in (self.first_name, self.last_name) if p)

    @validates("email")
    def validate_email(self, key, address):
        if "@" not in address:
            raise ValueError("invalid e-mail address")
        return address.lower()


class Address(Base):
    __table_args__ = (UniqueConstraint("customer_id", "label", name="customer_label"),)

    customer_id = Column(Integer, ForeignKey("customer.id", ondelete="CASCADE"), nullable=False)
    label = Column(String(40), nullable=False, default="home")
    line1 = Column(Unicode(120), nullable=False)
    line2 = Column(Unicode(120))
    city = Column(Unicode(80), nullable=False)
    postcode = Column(String(16))
    country = Column(String(COUNTRY_CODE_LENGTH), nullable=False, server_default="GB")

    customer = relationship(Customer, back_populates="addresses")
