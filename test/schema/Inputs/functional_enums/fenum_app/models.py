"""Enums made by the functional API, in its every form, as column types and
defaults."""
import enum
from typing import Optional

from sqlalchemy import Enum
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

Kind = enum.Enum("Kind", "BUG FEATURE, TASK")
Level = enum.IntEnum("Level", ["LOW", "HIGH"], start=10)
Status = enum.Enum("Status", [("NEW", "new"), ("DONE", "done")])
Channel = enum.Enum("Channel", {"EMAIL": "e", "SMS": "s"})


class Base(DeclarativeBase):
    pass


class Ticket(Base):
    __tablename__ = "tickets"
    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[Kind]
    level: Mapped[Level] = mapped_column(Enum(Level, native_enum=False))
    status: Mapped[Status] = mapped_column(
        Enum(Status, values_callable=lambda e: [m.value for m in e]),
        default=Status.NEW,
    )
    channel: Mapped[Optional[Channel]] = mapped_column(Enum(Channel, name="ticket_channel"))
