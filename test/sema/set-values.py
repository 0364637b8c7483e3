# Sets the models compute: frozenset() and set() of an enum class or any
# known iterable, and -, |, & and ^ between sets, as Indico's LinkMixin
# decides which link columns a model gets.
# RUN: %schemac schema %s 2>&1 | FileCheck %s --implicit-check-not=warning:
import enum

import sqlalchemy as sa
from sqlalchemy.orm import declarative_base, declared_attr


class LinkType(enum.Enum):
    category = 1
    event = 2
    session = 3


class LinkMixin:
    allowed_link_types = frozenset(LinkType)

    @declared_attr
    def category_id(cls):
        if LinkType.category in cls.allowed_link_types:
            return sa.Column(sa.Integer)

    @declared_attr
    def event_id(cls):
        if LinkType.event in cls.allowed_link_types:
            return sa.Column(sa.Integer)

    @declared_attr
    def session_id(cls):
        if LinkType.session in cls.allowed_link_types:
            return sa.Column(sa.Integer)


Base = declarative_base()


class Note(LinkMixin, Base):
    __tablename__ = "notes"
    allowed_link_types = LinkMixin.allowed_link_types - {LinkType.category}
    id = sa.Column(sa.Integer, primary_key=True)


class Attachment(LinkMixin, Base):
    __tablename__ = "attachments"
    allowed_link_types = ({LinkType.event} | set([LinkType.session])) & {LinkType.event}
    id = sa.Column(sa.Integer, primary_key=True)


class Reminder(LinkMixin, Base):
    __tablename__ = "reminders"
    allowed_link_types = {LinkType.event} ^ {LinkType.event, LinkType.category}
    id = sa.Column(sa.Integer, primary_key=True)
    # A set holds each element once.
    code = sa.Column(sa.String(len(frozenset(["x", "x", "y"])) + len(set("aab")) + len({1, 1})))


# CHECK: table attachments
# CHECK-NEXT: id INTEGER primary key not null
# CHECK-NEXT: event_id INTEGER null
# CHECK-EMPTY:
# CHECK: table notes
# CHECK-NEXT: id INTEGER primary key not null
# CHECK-NEXT: event_id INTEGER null
# CHECK-NEXT: session_id INTEGER null
# CHECK-EMPTY:
# CHECK: table reminders
# CHECK-NEXT: id INTEGER primary key not null
# CHECK-NEXT: code VARCHAR(5) null
# CHECK-NEXT: category_id INTEGER null
# CHECK-EMPTY:
