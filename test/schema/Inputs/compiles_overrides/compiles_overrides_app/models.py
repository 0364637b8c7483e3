from sqlalchemy import Column, DateTime, ForeignKey, Integer, String, Text, func
from sqlalchemy.orm import declarative_base

from .types import (
    Binary16,
    Code,
    UTCDateTime,
    gen_random_uuid,
    shortid,
    utcnow,
)

Base = declarative_base()


class Account(Base):
    __tablename__ = "accounts"

    id = Column(Integer, primary_key=True)
    token = Column(String(36), server_default=gen_random_uuid())
    short = Column(String(12), server_default=shortid())
    # func.<identifier>() makes the registered GenericFunction.
    alias = Column(String(12), server_default=func.make_short_id())
    backup_token = Column(String(36), server_default=func.GEN_RANDOM_UUID())
    code = Column(Code(8), nullable=False, unique=True)
    digest = Column(Binary16)
    created = Column(DateTime, server_default=utcnow(), nullable=False)
    updated = Column(DateTime, default=utcnow(), onupdate=utcnow())
    seen = Column(UTCDateTime)
    note = Column(Text)


class Login(Base):
    __tablename__ = "logins"

    id = Column(Integer, primary_key=True)
    account_id = Column(ForeignKey("accounts.id"), nullable=False)
    at = Column(DateTime(timezone=True), server_default=utcnow())
