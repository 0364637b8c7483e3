"""Concrete-table inheritance: each document kind has its own complete table."""
from sqlalchemy import Column, DateTime, ForeignKey, Integer, LargeBinary, Numeric, String, Text, func
from sqlalchemy.ext.declarative import ConcreteBase

from .base import Base


class Document(ConcreteBase, Base):
    __tablename__ = "documents"

    id = Column(Integer, primary_key=True)
    policy_id = Column(Integer, ForeignKey("policies.id"))
    title = Column(String(200), nullable=False)
    issued_at = Column(DateTime, server_default=func.now())

    __mapper_args__ = {"polymorphic_identity": "document", "concrete": True}


class Quote(Document):
    __tablename__ = "quotes"

    id = Column(Integer, primary_key=True)
    policy_id = Column(Integer, ForeignKey("policies.id"))
    title = Column(String(200), nullable=False)
    issued_at = Column(DateTime, server_default=func.now())
    quoted_premium = Column(Numeric(12, 2), nullable=False)
    valid_days = Column(Integer, default=30)

    __mapper_args__ = {"polymorphic_identity": "quote", "concrete": True}


class Certificate(Document):
    __tablename__ = "certificates"

    id = Column(Integer, primary_key=True)
    policy_id = Column(Integer, ForeignKey("policies.id"), nullable=False)
    title = Column(String(200), nullable=False)
    issued_at = Column(DateTime, server_default=func.now())
    pdf = Column(LargeBinary)
    checksum = Column(String(64))

    __mapper_args__ = {"polymorphic_identity": "certificate", "concrete": True}


class Endorsement(Document):
    __tablename__ = "endorsements"

    id = Column(Integer, primary_key=True)
    policy_id = Column(Integer, ForeignKey("policies.id"), nullable=False)
    title = Column(String(200), nullable=False)
    issued_at = Column(DateTime, server_default=func.now())
    change_summary = Column(Text)
    premium_delta = Column(Numeric(12, 2), default=0)

    __mapper_args__ = {"polymorphic_identity": "endorsement", "concrete": True}
