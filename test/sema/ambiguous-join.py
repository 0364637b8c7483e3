# A relationship() without primaryjoin, secondary or foreign_keys joins on
# the foreign keys between its mappers' tables; where they link them in
# more than one way (two columns referring to the same table, keys either
# way, a self-referential table with two keys to itself) SQLAlchemy raises
# AmbiguousForeignKeysError as it configures the mappers. It looks at the
# mapper's own table first, and counts constraints that join the same
# columns once. Each case was run against SQLAlchemy 1.4 and 2.0.
# RUN: not %schemac schema --sqlalchemy=1.4 %s 2>&1 >/dev/null | FileCheck %s --implicit-check-not=error: --implicit-check-not=warning:
# RUN: not %schemac schema --sqlalchemy=2.0 %s 2>&1 >/dev/null | FileCheck %s --implicit-check-not=error: --implicit-check-not=warning:
from sqlalchemy import Column, ForeignKey, ForeignKeyConstraint, Integer, String
from sqlalchemy.orm import declarative_base, relationship

Base = declarative_base()


class User(Base):
    __tablename__ = "users"
    id = Column(Integer, primary_key=True)
    code = Column(Integer, unique=True)
    best_order_id = Column(ForeignKey("orders.id", use_alter=True))
    # CHECK: ambiguous-join.py:[[@LINE+1]]:5: error: relationship 'orders' of 'User': more than one foreign key path links the tables (orders.user_id -> users.id; orders.created_by_id -> users.id; users.best_order_id -> orders.id), and neither foreign_keys nor primaryjoin is given: SQLAlchemy cannot tell which to join on and raises as it configures the mappers (AmbiguousForeignKeysError)
    orders = relationship("Order")


class Order(Base):
    __tablename__ = "orders"
    id = Column(Integer, primary_key=True)
    user_id = Column(ForeignKey("users.id"))
    created_by_id = Column(ForeignKey("users.id"))
    # CHECK: ambiguous-join.py:[[@LINE+1]]:5: error: relationship 'user' of 'Order': more than one foreign key path links the tables (users.best_order_id -> orders.id; orders.user_id -> users.id; orders.created_by_id -> users.id)
    user = relationship("User")
    buyer = relationship("User", foreign_keys=[user_id])
    creator = relationship("User", primaryjoin="User.id == Order.created_by_id")


class Invoice(Base):
    __tablename__ = "invoices"
    id = Column(Integer, primary_key=True)
    user_id = Column(ForeignKey("users.id"))
    user_code = Column(ForeignKey("users.code"))
    # CHECK: ambiguous-join.py:[[@LINE+1]]:5: error: relationship 'user' of 'Invoice': more than one foreign key path links the tables (invoices.user_id -> users.id; invoices.user_code -> users.code)
    user = relationship("User")


class Receipt(Base):
    # The column's key and a table-level constraint on the same column join
    # alike: one way.
    __tablename__ = "receipts"
    id = Column(Integer, primary_key=True)
    user_id = Column(ForeignKey("users.id"))
    __table_args__ = (ForeignKeyConstraint(["user_id"], ["users.id"]),)
    user = relationship("User")


class Node(Base):
    __tablename__ = "nodes"
    id = Column(Integer, primary_key=True)
    parent_id = Column(ForeignKey("nodes.id"))
    other_id = Column(ForeignKey("nodes.id"))
    # CHECK: ambiguous-join.py:[[@LINE+1]]:5: error: relationship 'children' of 'Node': more than one foreign key path links the tables (nodes.parent_id -> nodes.id; nodes.other_id -> nodes.id)
    children = relationship("Node")


class Region(Base):
    __tablename__ = "regions"
    a = Column(Integer, primary_key=True)
    b = Column(Integer, primary_key=True)


class Site(Base):
    # One constraint of two columns is one way.
    __tablename__ = "sites"
    id = Column(Integer, primary_key=True)
    ra = Column(Integer)
    rb = Column(Integer)
    __table_args__ = (ForeignKeyConstraint(["ra", "rb"], ["regions.a", "regions.b"]),)
    region = relationship("Region")


class Org(Base):
    __tablename__ = "orgs"
    id = Column(Integer, primary_key=True)


class Person(Base):
    __tablename__ = "people"
    id = Column(Integer, primary_key=True)
    kind = Column(String(10))
    org_id = Column(ForeignKey("orgs.id"))
    former_org_id = Column(ForeignKey("orgs.id"))
    __mapper_args__ = {"polymorphic_on": kind, "polymorphic_identity": "person"}


class Worker(Person):
    # Its own table links to orgs once: that way is taken, the parent's
    # two are not looked at.
    __tablename__ = "workers"
    id = Column(ForeignKey("people.id"), primary_key=True)
    employer_id = Column(ForeignKey("orgs.id"))
    __mapper_args__ = {"polymorphic_identity": "worker"}
    employer = relationship("Org")


class Visitor(Person):
    # Its own table does not link to orgs; the parent's links twice.
    __tablename__ = "visitors"
    id = Column(ForeignKey("people.id"), primary_key=True)
    __mapper_args__ = {"polymorphic_identity": "visitor"}
    # CHECK: ambiguous-join.py:[[@LINE+1]]:5: error: relationship 'org' of 'Visitor': more than one foreign key path links the tables (people.org_id -> orgs.id; people.former_org_id -> orgs.id)
    org = relationship("Org")


class Manager(Person):
    # Its own table refers to the parent's twice: the inheriting key and
    # the boss.
    __tablename__ = "managers"
    id = Column(ForeignKey("people.id"), primary_key=True)
    boss_id = Column(ForeignKey("people.id"))
    __mapper_args__ = {"polymorphic_identity": "manager", "inherit_condition": id == Person.id}
    # CHECK: ambiguous-join.py:[[@LINE+1]]:5: error: relationship 'boss' of 'Manager': more than one foreign key path links the tables (managers.id -> people.id; managers.boss_id -> people.id)
    boss = relationship("Person")
