from __future__ import annotations

import datetime as dt
import secrets
from typing import Optional

import sqlalchemy as sa
from sqlalchemy import orm

from ticketdesk_app.constants import SUBJECT_MAX, Channel, Priority, TicketState
from ticketdesk_app.models.agents import Agent
from ticketdesk_app.models.base import Base, fk

ticket_number_seq = sa.Sequence("ticket_number_seq", start=10000, metadata=Base.metadata)


def _reply_token() -> str:
    return secrets.token_hex(10)


class Requester(Base):
    __tablename__ = "requesters"

    id: orm.Mapped[int] = orm.mapped_column(primary_key=True)
    email: orm.Mapped[str] = orm.mapped_column(sa.String(254), index=True)
    name: orm.Mapped[Optional[str]] = orm.mapped_column(sa.String(120))
    organisation: orm.Mapped[Optional[str]] = orm.mapped_column(sa.String(120))
    vip: orm.Mapped[bool] = orm.mapped_column(default=False)

    tickets: orm.Mapped[list[Ticket]] = orm.relationship(back_populates="requester")


class Ticket(Base):
    __tablename__ = "tickets"
    __table_args__ = (
        sa.Index("ix_tickets_queue", "state", "priority", "created_at"),
        sa.CheckConstraint("reopen_count >= 0"),
    )

    id: orm.Mapped[int] = orm.mapped_column(primary_key=True)
    number: orm.Mapped[int] = orm.mapped_column(ticket_number_seq, unique=True)
    requester_id: orm.Mapped[int] = orm.mapped_column(fk("requesters.id"))
    assignee_id: orm.Mapped[Optional[int]] = orm.mapped_column(fk("agents.id", ondelete="SET NULL"))
    subject: orm.Mapped[str] = orm.mapped_column(sa.String(SUBJECT_MAX))
    state: orm.Mapped[TicketState] = orm.mapped_column(
        sa.Enum(TicketState, name="ticket_state"), default=TicketState.NEW,
        server_default=TicketState.NEW.name)
    priority: orm.Mapped[Priority] = orm.mapped_column(
        sa.Enum(Priority, native_enum=False, length=16), default=Priority.NORMAL)
    channel: orm.Mapped[Channel]
    reply_token: orm.Mapped[str] = orm.mapped_column("reply_to_token", sa.String(20), default=_reply_token)
    reopen_count: orm.Mapped[int] = orm.mapped_column(default=0, server_default=sa.text("0"))
    due_at: orm.Mapped[Optional[dt.datetime]]
    created_at: orm.Mapped[dt.datetime] = orm.mapped_column(
        sa.DateTime(timezone=True), server_default=sa.func.now(), index=True)
    updated_at: orm.Mapped[Optional[dt.datetime]] = orm.mapped_column(
        sa.DateTime(timezone=True), onupdate=sa.func.now())
    solved_at: orm.Mapped[Optional[dt.datetime]] = orm.mapped_column(sa.DateTime(timezone=True))

    requester: orm.Mapped[Requester] = orm.relationship(back_populates="tickets")
    assignee: orm.Mapped[Optional[Agent]] = orm.relationship(back_populates="assigned")
    messages: orm.Mapped[list[Message]] = orm.relationship(
        back_populates="ticket", order_by="Message.id", cascade="all, delete-orphan")

    title = orm.synonym("subject")

    @property
    def is_open(self) -> bool:
        return self.state in (TicketState.NEW, TicketState.OPEN, TicketState.PENDING)


class Message(Base):
    __tablename__ = "messages"

    id: orm.Mapped[int] = orm.mapped_column(sa.BigInteger, primary_key=True)
    ticket_id: orm.Mapped[int] = orm.mapped_column(fk("tickets.id"), index=True)
    author_agent_id: orm.Mapped[Optional[int]] = orm.mapped_column(fk("agents.id", ondelete="SET NULL"))
    body: orm.Mapped[str] = orm.mapped_column(sa.Text)
    internal: orm.Mapped[bool] = orm.mapped_column(default=False, comment="hidden from requester")
    sent_at: orm.Mapped[dt.datetime] = orm.mapped_column(default=dt.datetime.utcnow)

    ticket: orm.Mapped[Ticket] = orm.relationship(back_populates="messages")


Ticket.message_count = orm.column_property(
    sa.select(sa.func.count(Message.id)).where(Message.ticket_id == Ticket.id).scalar_subquery(),
    deferred=True,
)


class SatisfactionRating(Base):
    __tablename__ = "satisfaction_ratings"

    ticket_id: orm.Mapped[int] = orm.mapped_column(fk("tickets.id"), primary_key=True)
    score: orm.Mapped[int] = orm.mapped_column(sa.SmallInteger, sa.CheckConstraint("score BETWEEN 1 AND 5", name="score_range"))
    comment: orm.Mapped[Optional[str]] = orm.mapped_column(sa.String(1000))
    rated_at: orm.Mapped[dt.datetime] = orm.mapped_column(insert_default=sa.func.current_timestamp())
