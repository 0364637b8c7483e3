from __future__ import annotations

import datetime
import secrets
from decimal import Decimal
from typing import Optional

from sqlalchemy import Enum, ForeignKey, Index, Text, UniqueConstraint, false, text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base, CreatedAt, Price, Str80, Str200
from .enums import EventStatus, TicketKind


def _ticket_code() -> str:
    return secrets.token_urlsafe(9)


class Organizer(Base):
    __tablename__ = "organizers"

    id: Mapped[int] = mapped_column(primary_key=True, init=False)
    name: Mapped[Str200]
    contact_email: Mapped[str]
    website: Mapped[Optional[str]] = mapped_column(default=None)
    verified: Mapped[bool] = mapped_column(default=False, server_default=false())
    created_at: Mapped[CreatedAt] = mapped_column(init=False)

    events: Mapped[list[Event]] = relationship(back_populates="organizer", default_factory=list)


class Venue(Base):
    __tablename__ = "venues"
    __table_args__ = (UniqueConstraint("name", "city"),)

    id: Mapped[int] = mapped_column(primary_key=True, init=False)
    name: Mapped[Str200]
    city: Mapped[Str80]
    address: Mapped[Optional[str]] = mapped_column(Text, default=None)
    capacity: Mapped[int] = mapped_column(default=100)
    latitude: Mapped[Optional[float]] = mapped_column(default=None)
    longitude: Mapped[Optional[float]] = mapped_column(default=None)


class Event(Base):
    __tablename__ = "events"
    __table_args__ = (Index(None, "starts_at", "status"),)

    id: Mapped[int] = mapped_column(primary_key=True, init=False)
    organizer_id: Mapped[int] = mapped_column(ForeignKey("organizers.id"), init=False)
    venue_id: Mapped[Optional[int]] = mapped_column(ForeignKey("venues.id", ondelete="SET NULL"), init=False)
    title: Mapped[Str200]
    starts_at: Mapped[datetime.datetime]
    ends_at: Mapped[datetime.datetime]
    slug: Mapped[str] = mapped_column(unique=True, default="")
    description: Mapped[Optional[str]] = mapped_column(Text, default=None, deferred=True)
    status: Mapped[EventStatus] = mapped_column(default=EventStatus.DRAFT)
    is_online: Mapped[bool] = mapped_column(default=False)
    created_at: Mapped[CreatedAt] = mapped_column(init=False)

    organizer: Mapped[Organizer] = relationship(back_populates="events", default=None)
    venue: Mapped[Optional[Venue]] = relationship(default=None)
    ticket_types: Mapped[list[TicketType]] = relationship(
        back_populates="event", default_factory=list, cascade="all, delete-orphan")

    @property
    def duration(self) -> datetime.timedelta:
        return self.ends_at - self.starts_at


class TicketType(Base):
    __tablename__ = "ticket_types"

    id: Mapped[int] = mapped_column(primary_key=True, init=False)
    event_id: Mapped[int] = mapped_column(ForeignKey("events.id", ondelete="CASCADE"), init=False)
    name: Mapped[Str80]
    kind: Mapped[TicketKind] = mapped_column(
        Enum(TicketKind, name="ticket_kind", native_enum=False, length=20), default=TicketKind.GENERAL)
    price: Mapped[Price] = mapped_column(default=Decimal("0.00"))
    quantity: Mapped[int] = mapped_column(default=0)
    sales_start: Mapped[Optional[datetime.datetime]] = mapped_column(default=None)
    sales_end: Mapped[Optional[datetime.datetime]] = mapped_column(default=None)

    event: Mapped[Event] = relationship(back_populates="ticket_types", default=None)


class Attendee(Base):
    __tablename__ = "attendees"

    id: Mapped[int] = mapped_column(primary_key=True, init=False)
    email: Mapped[str] = mapped_column(index=True)
    full_name: Mapped[Str200]
    company: Mapped[str | None] = mapped_column(default=None)
    dietary_notes: Mapped[str | None] = mapped_column(Text, default=None)


class Ticket(Base):
    __tablename__ = "tickets"

    id: Mapped[int] = mapped_column(primary_key=True, init=False)
    ticket_type_id: Mapped[int] = mapped_column(ForeignKey("ticket_types.id"))
    attendee_id: Mapped[int] = mapped_column(ForeignKey("attendees.id"))
    code: Mapped[str] = mapped_column(default_factory=_ticket_code, unique=True)
    paid_amount: Mapped[Price] = mapped_column(default=Decimal("0.00"))
    checked_in: Mapped[bool] = mapped_column(default=False, server_default=text("false"))
    checked_in_at: Mapped[Optional[datetime.datetime]] = mapped_column(default=None)
    purchased_at: Mapped[CreatedAt] = mapped_column(init=False, index=True)

    ticket_type: Mapped[TicketType] = relationship(default=None)
    attendee: Mapped[Attendee] = relationship(default=None)


class Speaker(Base):
    __tablename__ = "speakers"

    id: Mapped[int] = mapped_column(primary_key=True, init=False)
    attendee_id: Mapped[int] = mapped_column(ForeignKey("attendees.id"), unique=True)
    bio: Mapped[str] = mapped_column(Text, default="")
    headshot_url: Mapped[Optional[str]] = mapped_column(default=None)
    twitter: Mapped[Optional[str]] = mapped_column(default=None)
