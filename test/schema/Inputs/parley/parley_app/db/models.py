"""ORM models for users, channels and messages."""
import datetime
import enum
import logging

import sqlalchemy as sa
from sqlalchemy import (
    Boolean, Column, DateTime, ForeignKey, Integer, SmallInteger, String, Table, Text,
    UniqueConstraint, func, select,
)
from sqlalchemy.ext.hybrid import hybrid_property
from sqlalchemy.orm import backref, column_property, deferred, relationship, synonym

from parley_app import config
from parley_app.db.meta import Base, metadata

log = logging.getLogger(__name__)

channel_members = Table(
    "channel_members",
    metadata,
    Column("channel_id", Integer, ForeignKey("channels.id", ondelete="CASCADE"), primary_key=True),
    Column("user_id", Integer, ForeignKey("users.id", ondelete="CASCADE"), primary_key=True),
    Column("joined_at", DateTime, server_default=func.current_timestamp(), nullable=False),
    Column("muted", Boolean, nullable=False, server_default=sa.false()),
)


class User(Base):
    __tablename__ = "users"

    id = Column(Integer, primary_key=True)
    username = Column(String(config.USERNAME_LENGTH), nullable=False, unique=True)
    display_name = Column(String(100))
    _email = Column("email", String(254), nullable=False, index=True)
    password_hash = deferred(Column(String(60), nullable=False))
    locale = Column(String(8), default=config.DEFAULT_LOCALE, nullable=False)
    is_bot = Column(Boolean, default=False, nullable=False)
    created_at = Column(DateTime, default=datetime.datetime.utcnow, nullable=False)
    last_active_at = Column(DateTime, onupdate=datetime.datetime.utcnow)

    channels = relationship("Channel", secondary=channel_members, back_populates="members")

    @hybrid_property
    def email(self):
        return self._email

    @email.setter
    def email(self, value):
        self._email = value.strip().lower()

    def __repr__(self):
        return "<User %s>" % self.username


class Channel(Base):
    __tablename__ = "channels"
    __table_args__ = (
        UniqueConstraint("workspace", "name"),
        {"comment": "Chat rooms, public or private"},
    )

    id = Column(Integer, primary_key=True)
    workspace = Column(String(64), nullable=False)
    name = Column(String(config.CHANNEL_NAME_LENGTH), nullable=False)
    topic = Column(String(250), nullable=True)
    private = Column(Boolean, nullable=False, default=False)
    archived = Column("is_archived", Boolean, nullable=False, server_default="0")
    created_by_id = Column(Integer, ForeignKey("users.id", ondelete="SET NULL"))

    created_by = relationship(User, foreign_keys=[created_by_id])
    members = relationship(User, secondary=channel_members, back_populates="channels")
    is_archived = synonym("archived")

    def __repr__(self):
        return "<Channel #{}>".format(self.name)


class Message(Base):
    __tablename__ = "messages"

    class Kind(enum.Enum):
        text = "text"
        system = "system"
        file = "file"
    __table_args__ = (
        sa.Index("ix_messages_channel_sent", "channel_id", "sent_at"),
    )

    id = Column(sa.BigInteger().with_variant(sa.Integer, "sqlite"), primary_key=True)
    channel_id = Column(Integer, ForeignKey("channels.id", ondelete="CASCADE"), nullable=False)
    author_id = Column(Integer, ForeignKey("users.id"), nullable=False)
    parent_id = Column(sa.BigInteger().with_variant(sa.Integer, "sqlite"), ForeignKey("messages.id"))
    body = Column(Text(config.MAX_MESSAGE_LENGTH), nullable=False)
    sent_at = Column(DateTime, nullable=False, server_default=func.now())
    edited_at = Column(DateTime)
    deleted = Column(Boolean, default=False, nullable=False)
    kind = Column(sa.Enum(Kind, name="message_kind"), nullable=False, default=Kind.text)

    channel = relationship(Channel, backref=backref("messages", lazy="dynamic"))
    author = relationship(User)
    replies = relationship("Message", backref=backref("parent", remote_side=[id]))

    @hybrid_property
    def is_edited(self):
        return self.edited_at is not None


class Reaction(Base):
    __tablename__ = "reactions"

    message_id = Column(sa.BigInteger().with_variant(sa.Integer, "sqlite"),
                        ForeignKey("messages.id", ondelete="CASCADE"), primary_key=True)
    user_id = Column(Integer, ForeignKey("users.id", ondelete="CASCADE"), primary_key=True)
    emoji = Column(String(32), primary_key=True)
    weight = Column(SmallInteger, default=1)

    message = relationship(Message, backref="reactions")


# reaction count computed in SQL, attached after both classes exist
Message.reaction_count = column_property(
    select(func.count(Reaction.emoji)).where(Reaction.message_id == Message.id).scalar_subquery(),
    deferred=True,
)
