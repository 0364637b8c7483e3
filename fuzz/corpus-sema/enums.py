#--- enums_app/__init__.py
"""Ticket tracker: the many ways SQLAlchemy turns enums into column types."""
#--- enums_app/choices.py
"""Python enums shared by the models and the API layer."""
import enum
from typing import Literal


class Status(enum.Enum):
    OPEN = "open"
    IN_PROGRESS = "in-progress"
    CLOSED = "closed"


class Priority(str, enum.Enum):
    low = "L"
    normal = "N"
    urgent = "URGENT"

    @property
    def weight(self) -> int:
        return {"L": 1, "N": 2, "URGENT": 3}[self.value]


class Severity(enum.IntEnum):
    MINOR = 1
    MAJOR = 2
    BLOCKER = 3


Channel = Literal["email", "sms", "webhook"]

TICKET_KINDS = ("bug", "feature", "question")
#--- enums_app/models.py
from typing import Optional

from sqlalchemy import Enum, String
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from .choices import TICKET_KINDS, Channel, Priority, Severity, Status


def enum_values(enum_cls):
    return [member.value for member in enum_cls]


class Base(DeclarativeBase):
    pass


class Ticket(Base):
    __tablename__ = "tickets"

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(200))
    # from the annotation alone: named after the class, stores member names
    status: Mapped[Status] = mapped_column(default=Status.OPEN)
    # stores the values instead of the names
    priority: Mapped[Priority] = mapped_column(
        Enum(Priority, values_callable=enum_values, name="ticket_priority")
    )
    # no database enum type: a VARCHAR (plus a CHECK only if asked for)
    severity: Mapped[Optional[Severity]] = mapped_column(
        Enum(Severity, native_enum=False, length=20)
    )
    # from plain strings
    kind: Mapped[str] = mapped_column(Enum(*TICKET_KINDS, name="ticket_kind"), server_default="bug")
    notify_via: Mapped[Optional[Channel]]

    def __repr__(self):
        return f"<Ticket {self.id} {self.status.name}>"


class TicketEvent(Base):
    __tablename__ = "ticket_events"

    id: Mapped[int] = mapped_column(primary_key=True)
    # the same Python enum again: one shared type `status`
    old_status: Mapped[Optional[Status]]
    new_status: Mapped[Status]
    kind: Mapped[str] = mapped_column(
        Enum("comment", "transition", "assign", name="event_kind", native_enum=False, create_constraint=True)
    )
