# A models module that imports what SQLAlchemy gives for running the models
# rather than declaring them -- collection classes, ordering_list, sessions,
# attribute history, URLs, the ORM's exceptions, 1.4's future engine, and
# the classes helpers name in annotations (Mapper, RelationshipProperty,
# ColumnCollection, Connection): they make nothing of the schema, and
# importing them is no warning.
# RUN: %schemac schema --no-cache --sqlalchemy=1.4 %s 2>&1 | FileCheck %s --implicit-check-not=warning
# CHECK: table children
# CHECK: table items
# CHECK: table parents
# CHECK: 3 tables, 3 mapped classes
from sqlalchemy import Column, ForeignKey, Integer, String, select, func
from sqlalchemy.orm import Session, relationship, selectinload, object_session, Query, aliased
from sqlalchemy.orm.collections import attribute_mapped_collection
from sqlalchemy.ext.orderinglist import ordering_list
from sqlalchemy.orm.session import Session as S2
from sqlalchemy.orm.attributes import flag_modified
from sqlalchemy.engine.url import make_url
from sqlalchemy.orm.exc import NoResultFound
from sqlalchemy.future import select as fselect
from sqlalchemy.engine.base import Connection
from sqlalchemy.orm.mapper import Mapper
from sqlalchemy.orm.relationships import RelationshipProperty
from sqlalchemy.sql.base import ColumnCollection
from sqlalchemy.sql import text
from sqlalchemy.orm import declarative_base

Base = declarative_base()


class Parent(Base):
    __tablename__ = "parents"
    id = Column(Integer, primary_key=True)
    children = relationship("Child", collection_class=attribute_mapped_collection("name"))
    items = relationship("Item", order_by="Item.position", collection_class=ordering_list("position"))


class Child(Base):
    __tablename__ = "children"
    id = Column(Integer, primary_key=True)
    parent_id = Column(ForeignKey("parents.id"))
    name = Column(String(20))


class Item(Base):
    __tablename__ = "items"
    id = Column(Integer, primary_key=True)
    parent_id = Column(ForeignKey("parents.id"))
    position = Column(Integer)
