# A primaryjoin written as a string is evaluated as SQLAlchemy evaluates it
# when mappers configure: in a namespace of the registry's classes, the
# MetaData's tables and sqlalchemy's names with foreign() and remote().
# What foreign() and remote() mark there decides the direction, as in a
# lambda (SQLAlchemy 1.4: parent and kids2 many-to-one, kids one-to-many).
# RUN: %schemac dump-ir %s 2>&1 | FileCheck %s --implicit-check-not=warning:
# CHECK: relationship-string-join.py:[[@LINE+29]]:5: warning: primaryjoin "foreign(Child.parent_ref ==" is not a Python expression; SQLAlchemy raises when the mappers configure, and the analysis goes on without it
from sqlalchemy import Column, Integer
from sqlalchemy.orm import declarative_base, relationship

Base = declarative_base()


class Parent(Base):
    __tablename__ = "parent"
    id = Column(Integer, primary_key=True)
    kids = relationship("Child", primaryjoin="Parent.id == foreign(Child.parent_ref)")
    kids2 = relationship(
        "Child",
        primaryjoin="and_(remote(child.c.parent_ref) == foreign(Parent.id))",
        viewonly=True,
    )


class Child(Base):
    __tablename__ = "child"
    id = Column(Integer, primary_key=True)
    parent_ref = Column(Integer)
    parent = relationship("Parent", primaryjoin="foreign(Child.parent_ref) == Parent.id")
    # A marked expression marks the columns it reads; leading blanks are
    # eval()'s to drop.
    parent_cast = relationship(
        "Parent", primaryjoin="  foreign(cast(Child.parent_ref, Integer)) == Parent.id", viewonly=True
    )
    # Not Python: the direction falls back to the foreign keys (none here).
    broken = relationship("Parent", primaryjoin="foreign(Child.parent_ref ==")


class Node(Base):
    # Self-referential without a foreign key: foreign() and remote() decide.
    __tablename__ = "node"
    id = Column(Integer, primary_key=True)
    parent_id = Column(Integer)
    up = relationship("Node", primaryjoin="foreign(Node.parent_id) == remote(Node.id)", viewonly=True)
    down = relationship("Node", primaryjoin="remote(foreign(Node.parent_id)) == Node.id", viewonly=True)


# CHECK-DAG: relationship @parent -> "relationship-string-join.Parent" {uselist = false}
# CHECK-DAG: relationship @parent_cast -> "relationship-string-join.Parent" {uselist = false}
# CHECK-DAG: relationship @up -> "relationship-string-join.Node" {uselist = false}
# CHECK-DAG: relationship @down -> "relationship-string-join.Node" {uselist = true}
# CHECK-DAG: relationship @broken -> "relationship-string-join.Parent" {uselist = true}
# CHECK-DAG: relationship @kids -> "relationship-string-join.Child" {uselist = true}
# CHECK-DAG: relationship @kids2 -> "relationship-string-join.Child" {uselist = false}
