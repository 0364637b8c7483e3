from __future__ import annotations

import enum
from typing import Optional

from sqlalchemy import ForeignKey, Sequence, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ..config import BILLING_SCHEMA
from .base import Base, InSchema, Timestamps


class ContactRole(enum.Enum):
    registrant = "registrant"
    admin = "admin"
    tech = "tech"
    billing = "billing"


HANDLE_SEQ = Sequence("registrant_handle_seq", schema=BILLING_SCHEMA, start=1, increment=1)


class Registrant(InSchema, Timestamps, Base):
    __tablename__ = "registrants"
    __schema__ = BILLING_SCHEMA

    id: Mapped[int] = mapped_column(HANDLE_SEQ, primary_key=True)
    handle: Mapped[str] = mapped_column(String(16), unique=True)
    organisation: Mapped[Optional[str]] = mapped_column(String(255))
    email: Mapped[str] = mapped_column(String(254))
    country_code: Mapped[str] = mapped_column(String(2))
    balance_cents: Mapped[int] = mapped_column(default=0)

    contacts: Mapped[list[Contact]] = relationship(back_populates="registrant")


class Contact(InSchema, Base):
    __tablename__ = "contacts"
    __schema__ = BILLING_SCHEMA

    id: Mapped[int] = mapped_column(primary_key=True)
    registrant_id: Mapped[int] = mapped_column(ForeignKey(Registrant.id, ondelete="CASCADE"))
    role: Mapped[ContactRole]
    name: Mapped[str] = mapped_column(String(255))
    phone: Mapped[Optional[str]] = mapped_column(String(32))
    email: Mapped[str] = mapped_column(String(254))
    privacy: Mapped[bool] = mapped_column(default=True)

    registrant: Mapped[Registrant] = relationship(back_populates="contacts")
