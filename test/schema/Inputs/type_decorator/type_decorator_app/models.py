import uuid

from sqlalchemy import Column, ForeignKey, Integer
from sqlalchemy.orm import declarative_base, relationship

from . import types as t
from .types import GUID, Money, TagList

Base = declarative_base()


class Merchant(Base):
    __tablename__ = "merchants"

    id = Column(GUID(), primary_key=True, default=uuid.uuid4)
    login = Column(t.LowerCaseString(64), unique=True, nullable=False)
    contact = Column(t.Email(254))
    settings = Column(t.JSONText, default=dict)
    location = Column(t.Point)

    payments = relationship("Payment", back_populates="merchant")


class Payment(Base):
    __tablename__ = "payments"

    id = Column(Integer, primary_key=True)
    merchant_id = Column(GUID, ForeignKey("merchants.id"), nullable=False)
    amount = Column(Money, nullable=False)
    fee = Column(Money(), default=0)
    tags = Column(TagList())
    short_tags = Column(TagList(40))
    captured_at = Column(t.UTCDateTime)

    merchant = relationship(Merchant, back_populates="payments")

    def __repr__(self):
        return "<Payment %s %s>" % (self.id, self.amount)
