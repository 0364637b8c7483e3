#--- inheritance_concrete_app/__init__.py
"""Concrete-table inheritance: every class has a complete table of its own."""
from sqlalchemy.orm import DeclarativeBase


class Base(DeclarativeBase):
    pass
#--- inheritance_concrete_app/billing.py
"""Plain `concrete: True` and ConcreteBase (which adds a polymorphic union)."""
import datetime
from decimal import Decimal

from sqlalchemy import Numeric, String
from sqlalchemy.ext.declarative import ConcreteBase
from sqlalchemy.orm import Mapped, mapped_column

from . import Base


class Document(ConcreteBase, Base):
    __tablename__ = "documents"

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(20), unique=True)
    issued: Mapped[datetime.date]

    __mapper_args__ = {"polymorphic_identity": "document", "concrete": True}


class Invoice(Document):
    __tablename__ = "invoices"

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(20), unique=True)
    issued: Mapped[datetime.date]
    amount: Mapped[Decimal] = mapped_column(Numeric(10, 2))

    __mapper_args__ = {"polymorphic_identity": "invoice", "concrete": True}


class CreditNote(Document):
    __tablename__ = "credit_notes"

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(24))
    issued: Mapped[datetime.date]
    reason: Mapped[str | None] = mapped_column(String(200))

    __mapper_args__ = {"polymorphic_identity": "credit_note", "concrete": True}


class LegacyRecord(Base):
    __tablename__ = "legacy_records"

    id: Mapped[int] = mapped_column(primary_key=True)
    payload: Mapped[str] = mapped_column(String(500))


class ArchivedRecord(LegacyRecord):
    """Concrete without ConcreteBase: nothing is copied from the parent table."""

    __tablename__ = "archived_records"

    id: Mapped[int] = mapped_column(primary_key=True)
    payload: Mapped[str] = mapped_column(String(500))
    archived_by: Mapped[str] = mapped_column(String(50))

    __mapper_args__ = {"concrete": True}
#--- inheritance_concrete_app/notifications.py
"""AbstractConcreteBase: the base is mapped but has no table."""
from sqlalchemy import ForeignKey, String
from sqlalchemy.ext.declarative import AbstractConcreteBase
from sqlalchemy.orm import Mapped, mapped_column

from . import Base


class Notification(AbstractConcreteBase, Base):
    strict_attrs = True

    id: Mapped[int] = mapped_column(primary_key=True)
    recipient: Mapped[str] = mapped_column(String(120))

    def send(self) -> None:
        raise NotImplementedError


class EmailNotification(Notification):
    __tablename__ = "email_notifications"

    subject: Mapped[str] = mapped_column(String(200))
    __mapper_args__ = {"polymorphic_identity": "email", "concrete": True}


class SmsNotification(Notification):
    __tablename__ = "sms_notifications"

    phone: Mapped[str] = mapped_column(String(20))
    invoice_id: Mapped[int | None] = mapped_column(ForeignKey("invoices.id"))
    __mapper_args__ = {"polymorphic_identity": "sms", "concrete": True}
