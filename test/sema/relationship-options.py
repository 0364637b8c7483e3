# relationship() and backref() options SQLAlchemy refuses, at once or as it
# configures the mappers: an unknown cascade, delete-orphan on the "many"
# side without single_parent, a dynamic loader on a scalar (and, from 2.0,
# on a many-to-one made a list, of which 1.4 warns), backref= beside
# back_populates=, a backref whose name the target has. What it accepts is
# not reported. Each case was run against SQLAlchemy 1.4 and 2.0.
# RUN: not %schemac schema --sqlalchemy=1.4 %s 2>&1 >/dev/null | FileCheck %s --check-prefixes=CHECK,V14 --implicit-check-not=error: --implicit-check-not=warning:
# RUN: not %schemac schema --sqlalchemy=2.0 %s 2>&1 >/dev/null | FileCheck %s --check-prefixes=CHECK,V20 --implicit-check-not=error: --implicit-check-not=warning:
# RUN: not %schemac schema --sqlalchemy=2.0 %s 2>/dev/null | FileCheck %s --check-prefix=SCHEMA
from sqlalchemy import Column, ForeignKey, Integer, String, Table
from sqlalchemy.orm import backref, declarative_base, relationship

Base = declarative_base()

post_tags = Table(
    "post_tags",
    Base.metadata,
    Column("post_id", ForeignKey("posts.id"), primary_key=True),
    Column("tag_id", ForeignKey("tags.id"), primary_key=True),
)


class User(Base):
    __tablename__ = "users"
    id = Column(Integer, primary_key=True)
    name = Column(String(50))
    posts = relationship("Post", cascade="all, delete-orphan", back_populates="author")
    # CHECK-DAG: relationship-options.py:[[@LINE+1]]:5: error: relationship 'drafts' of 'User' has cascade option(s) 'delete-orhpan', 'svae-update' SQLAlchemy does not know; it raises ("Invalid cascade option(s)"); the options are all, none, save-update, merge, expunge, delete, delete-orphan, refresh-expire
    drafts = relationship("Post", cascade="svae-update,delete-orhpan", viewonly=True)
    # CHECK-DAG: relationship-options.py:[[@LINE+1]]:5: error: relationship 'latest' of 'User' has lazy="dynamic" and is uselist=False: SQLAlchemy raises as it configures the mappers (such loaders load collections only)
    latest = relationship("Post", lazy="dynamic", uselist=False, viewonly=True)
    # CHECK-DAG: relationship-options.py:[[@LINE+1]]:5: error: relationship 'comments' of 'User' has both backref= and back_populates=: SQLAlchemy raises ("mutually exclusive"), and the analysis keeps back_populates
    comments = relationship("Comment", back_populates="user", backref="commenter")
    # The reverse of a one-to-many is many-to-one: a dynamic backref is refused.
    # CHECK-DAG: relationship-options.py:[[@LINE+1]]:5: error: relationship 'owner' of 'Comment' has lazy="dynamic" and is a scalar (many-to-one or one-to-one): SQLAlchemy raises as it configures the mappers (such loaders load collections only)
    notes = relationship("Comment", backref=backref("owner", lazy="dynamic"), viewonly=True)
    # CHECK-DAG: relationship-options.py:[[@LINE+1]]:5: error: relationship 'archived' of 'User' has cascade option(s) ' all' SQLAlchemy does not know; it raises ("Invalid cascade option(s)"); the options are all, none, save-update, merge, expunge, delete, delete-orphan, refresh-expire
    archived = relationship("Post", cascade=" all, delete-orphan", viewonly=True)
    reviews = relationship("Review", back_populates="user")


class Post(Base):
    __tablename__ = "posts"
    id = Column(Integer, primary_key=True)
    author_id = Column(ForeignKey("users.id"))
    author = relationship("User", back_populates="posts")
    # CHECK-DAG: relationship-options.py:[[@LINE+1]]:5: error: relationship 'owner' of 'Post' is many-to-one and has delete-orphan cascade without single_parent=True: SQLAlchemy raises as it configures the mappers (delete-orphan belongs on the "one" side of a one-to-many)
    owner = relationship("User", cascade="all, delete-orphan")
    keeper = relationship("User", cascade="all, delete-orphan", single_parent=True)
    # CHECK-DAG: relationship-options.py:[[@LINE+1]]:5: error: relationship 'tags' of 'Post' is many-to-many and has delete-orphan cascade without single_parent=True: SQLAlchemy raises as it configures the mappers (delete-orphan belongs on the "one" side of a one-to-many)
    tags = relationship("Tag", secondary=post_tags, cascade=["all", "delete-orphan"])
    # CHECK-DAG: relationship-options.py:[[@LINE+1]]:5: error: relationship 'writer' of 'Post' has lazy="dynamic" and is a scalar (many-to-one or one-to-one): SQLAlchemy raises as it configures the mappers (such loaders load collections only)
    writer = relationship("User", lazy="dynamic", viewonly=True)
    # 1.4 warns of this one; 2.0 raises.
    # V14-DAG: relationship-options.py:[[@LINE+2]]:5: warning: relationship 'editor' of 'Post' has lazy="dynamic" and is many-to-one: SQLAlchemy 1.4 warns as it configures the mappers (such loaders load collections only; 2.0 raises)
    # V20-DAG: relationship-options.py:[[@LINE+1]]:5: error: relationship 'editor' of 'Post' has lazy="dynamic" and is many-to-one: SQLAlchemy raises as it configures the mappers (such loaders load collections only)
    editor = relationship("User", lazy="dynamic", uselist=True, viewonly=True)
    # CHECK-DAG: relationship-options.py:[[@LINE+1]]:5: error: backref 'name' of relationship 'reviewer' of 'Post': 'User' has a property of that name already; SQLAlchemy raises as it configures the mappers ("Error creating backref"), and the analysis keeps that property
    reviewer = relationship("User", backref="name", viewonly=True)
    # The reverse of a many-to-one is one-to-many: delete-orphan is its to give.
    approver = relationship("User", backref=backref("approved", cascade="all, delete-orphan"))


class Comment(Base):
    __tablename__ = "comments"
    id = Column(Integer, primary_key=True)
    user_id = Column(ForeignKey("users.id"))
    user = relationship("User", back_populates="comments")


class Review(Base):
    __tablename__ = "reviews"
    id = Column(Integer, primary_key=True)
    user_id = Column(ForeignKey("users.id"))
    # An empty backref is none: nothing to refuse beside back_populates.
    user = relationship("User", back_populates="reviews", backref="")


# A concrete mapper takes a backref over a property of its name.
class Employee(Base):
    __tablename__ = "employees"
    id = Column(Integer, primary_key=True)
    items = Column(String(20))


class Manager(Employee):
    __tablename__ = "managers"
    id = Column(Integer, primary_key=True)
    items = Column(String(20))
    __mapper_args__ = {"concrete": True}


class Item(Base):
    __tablename__ = "items"
    id = Column(Integer, primary_key=True)
    manager_id = Column(ForeignKey("managers.id"))
    manager = relationship(Manager, backref="items")


class Vehicle(Base):
    __tablename__ = "vehicles"
    id = Column(Integer, primary_key=True)
    kind = Column(String(20))
    __mapper_args__ = {"polymorphic_on": kind, "polymorphic_identity": "vehicle"}


class Truck(Vehicle):
    __mapper_args__ = {"polymorphic_identity": "truck"}
    label = Column(String(20))


class Garage(Base):
    __tablename__ = "garages"
    id = Column(Integer, primary_key=True)
    vehicle_id = Column(ForeignKey("vehicles.id"))
    # The subclass's mapper has the property, and is named.
    # CHECK-DAG: relationship-options.py:[[@LINE+1]]:5: error: backref 'label' of relationship 'vehicle' of 'Garage': 'Truck' has a property of that name already; SQLAlchemy raises as it configures the mappers ("Error creating backref"), and the analysis keeps that property
    vehicle = relationship(Vehicle, backref="label")


class Tag(Base):
    __tablename__ = "tags"
    id = Column(Integer, primary_key=True)


# SCHEMA: table users
# SCHEMA-NEXT: id INTEGER primary key not null
# SCHEMA-NEXT: name VARCHAR(50) null
