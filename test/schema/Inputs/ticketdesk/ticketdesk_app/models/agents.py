from __future__ import annotations

import datetime as dt
import typing

import sqlalchemy as sa
from sqlalchemy import orm
from sqlalchemy.ext.hybrid import hybrid_property

from ticketdesk_app.models.base import Base, fk

if typing.TYPE_CHECKING:
    from ticketdesk_app.models.tickets import Ticket

group_members = sa.Table(
    "group_members",
    Base.metadata,
    sa.Column("group_id", sa.ForeignKey("groups.id", ondelete="CASCADE"), primary_key=True),
    sa.Column("agent_id", sa.ForeignKey("agents.id", ondelete="CASCADE"), primary_key=True),
    sa.Column("is_lead", sa.Boolean, nullable=False, server_default=sa.false()),
)


class Group(Base):
    __tablename__ = "groups"

    id: orm.Mapped[int] = orm.mapped_column(primary_key=True)
    name: orm.Mapped[str] = orm.mapped_column(sa.String(80), unique=True)
    sla_hours: orm.Mapped[int] = orm.mapped_column(sa.SmallInteger, default=24)

    agents: orm.Mapped[list[Agent]] = orm.relationship(secondary=group_members, back_populates="groups")


class Agent(Base):
    __tablename__ = "agents"

    id: orm.Mapped[int] = orm.mapped_column(sa.Identity(start=1000), primary_key=True)
    email: orm.Mapped[str] = orm.mapped_column(sa.String(254), unique=True)
    first_name: orm.Mapped[str] = orm.mapped_column(sa.String(50))
    last_name: orm.Mapped[str] = orm.mapped_column(sa.String(50))
    signature: orm.Mapped[typing.Optional[str]] = orm.mapped_column(sa.Text, deferred=True)
    max_open_tickets: orm.Mapped[int] = orm.mapped_column(default=25, server_default="25")
    on_vacation: orm.Mapped[bool] = orm.mapped_column(default=False, server_default=sa.false())
    created: orm.Mapped[dt.datetime] = orm.mapped_column(server_default=sa.text("CURRENT_TIMESTAMP"))
    manager_id: orm.Mapped[typing.Optional[int]] = orm.mapped_column(fk("agents.id", ondelete="SET NULL"))

    groups: orm.Mapped[list[Group]] = orm.relationship(secondary=group_members, back_populates="agents")
    assigned: orm.Mapped[list[Ticket]] = orm.relationship(back_populates="assignee")
    manager: orm.Mapped[typing.Optional[Agent]] = orm.relationship(remote_side=[id])

    full_name = orm.column_property(first_name + " " + last_name)

    @hybrid_property
    def display(self) -> str:
        return f"{self.first_name} {self.last_name[:1]}."

    def __repr__(self) -> str:
        return f"<Agent {self.email}>"
