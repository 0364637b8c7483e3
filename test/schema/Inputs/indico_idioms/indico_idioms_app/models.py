"""Idioms met in Indico (SQLAlchemy 1.4): a TypeDecorator from
sqlalchemy.sql.type_api with SchemaType, a closure as default, a
schema-qualified secondary given as a string, a foreign key built from
another model's __table__.fullname in a mixin, and link columns chosen
with frozenset algebra."""
import enum

import sqlalchemy as sa
from sqlalchemy.orm import declarative_base, declared_attr, relationship
from sqlalchemy.sql.sqltypes import SchemaType, SmallInteger
from sqlalchemy.sql.type_api import TypeDecorator


class PyIntEnum(TypeDecorator, SchemaType):
    impl = SmallInteger
    cache_ok = True

    def __init__(self, enum=None):
        self.enum = enum
        TypeDecorator.__init__(self)
        SchemaType.__init__(self)


class State(int, enum.Enum):
    pending = 0
    done = 1


class LinkType(enum.Enum):
    category = 1
    event = 2


def make_default(start):
    def _next(context):
        return start

    return _next


Base = declarative_base()

members = sa.Table(
    "role_members",
    Base.metadata,
    sa.Column("role_id", sa.Integer, sa.ForeignKey("s.roles.id"), primary_key=True),
    sa.Column("user_id", sa.Integer, sa.ForeignKey("s.users.id"), primary_key=True),
    schema="s",
)


class User(Base):
    __tablename__ = "users"
    __table_args__ = {"schema": "s"}
    id = sa.Column(sa.Integer, primary_key=True)
    state = sa.Column(PyIntEnum(State), nullable=False)
    position = sa.Column(sa.Integer, default=make_default(1))


class Role(Base):
    __tablename__ = "roles"
    __table_args__ = {"schema": "s"}
    id = sa.Column(sa.Integer, primary_key=True)
    members = relationship(User, secondary="s.role_members")


class Review(Base):
    __tablename__ = "reviews"
    __table_args__ = {"schema": "s"}
    id = sa.Column(sa.Integer, primary_key=True)


class RatingMixin:
    review_class = None

    @declared_attr
    def review_id(cls):
        return sa.Column(sa.Integer, sa.ForeignKey(f"{cls.review_class.__table__.fullname}.id"), nullable=False)

    @declared_attr
    def review(cls):
        return relationship(cls.review_class)


class Rating(RatingMixin, Base):
    __tablename__ = "ratings"
    __table_args__ = {"schema": "s"}
    review_class = Review
    id = sa.Column(sa.Integer, primary_key=True)


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


class Note(LinkMixin, Base):
    __tablename__ = "notes"
    allowed_link_types = LinkMixin.allowed_link_types - {LinkType.category}
    id = sa.Column(sa.Integer, primary_key=True)
