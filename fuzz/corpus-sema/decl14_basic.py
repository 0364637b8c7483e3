#--- decl14_basic_app/__init__.py
"""A small blogging app in classic SQLAlchemy 1.4 declarative style."""

__version__ = "0.3.1"
#--- decl14_basic_app/database.py
"""Engine-independent declarative base shared by all model modules."""
from sqlalchemy.ext.declarative import declarative_base

Base = declarative_base()


def init_db(engine):
    """Create every table known to the base (used by the CLI)."""
    Base.metadata.create_all(bind=engine)
#--- decl14_basic_app/models.py
"""Users, their addresses, posts and tags."""
import datetime

from sqlalchemy import (
    Boolean,
    Column,
    DateTime,
    ForeignKey,
    Integer,
    Numeric,
    String,
    Table,
    Text,
)
from sqlalchemy.orm import backref, relationship

from .database import Base

post_tags = Table(
    "post_tags",
    Base.metadata,
    Column("post_id", Integer, ForeignKey("posts.id", ondelete="CASCADE"), primary_key=True),
    Column("tag_id", Integer, ForeignKey("tags.id", ondelete="CASCADE"), primary_key=True),
)


class User(Base):
    __tablename__ = "users"

    id = Column(Integer, primary_key=True)
    username = Column(String(64), unique=True, nullable=False)
    email = Column(String(120), index=True)
    is_active = Column(Boolean, default=True, nullable=False)
    balance = Column(Numeric(10, 2), default=0)
    created_at = Column(DateTime, default=datetime.datetime.utcnow)

    addresses = relationship("Address", back_populates="user", cascade="all, delete-orphan")
    posts = relationship("Post", backref="author", lazy="dynamic")

    def __repr__(self):
        return "<User %r>" % self.username

    @property
    def display_name(self):
        return self.username.title()


class Address(Base):
    __tablename__ = "addresses"

    id = Column(Integer, primary_key=True)
    user_id = Column(Integer, ForeignKey("users.id", ondelete="CASCADE", onupdate="cascade"), nullable=False)
    street = Column(String(200))
    city = Column(String(80), nullable=False)
    is_primary = Column(Boolean, default=False)

    user = relationship("User", back_populates="addresses")

    def __repr__(self):
        return f"<Address {self.street}, {self.city}>"


class Tag(Base):
    __tablename__ = "tags"

    id = Column(Integer, primary_key=True)
    name = Column(String(50), unique=True)


class Post(Base):
    __tablename__ = "posts"

    id = Column(Integer, primary_key=True)
    author_id = Column(Integer, ForeignKey(User.id))
    parent_id = Column(Integer, ForeignKey("posts.id"))
    title = Column(String(200), nullable=False)
    body = Column(Text)
    published = Column(Boolean)

    tags = relationship(Tag, secondary=post_tags, backref=backref("posts", lazy="selectin"))
    replies = relationship("Post", backref=backref("parent", remote_side=[id]))

    def publish(self):
        self.published = True
