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
