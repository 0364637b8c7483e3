"""Idioms of older 1.4 projects: relation(), 1.4's old name of
relationship() (Kotti); a metaclass deriving from DeclarativeMeta and
abc.ABCMeta (Kotti's NodeMeta); index_property over a JSON column, and a
subclass of it that takes a leading argument of its own and passes the
rest on (Redash's json_cast_property)."""
import abc

from sqlalchemy import JSON, Column, DateTime, ForeignKey, Integer, String
from sqlalchemy.ext.declarative import DeclarativeMeta
from sqlalchemy.ext.indexable import index_property
from sqlalchemy.orm import backref, declarative_base, relation

Base = declarative_base()


class NodeMeta(DeclarativeMeta, abc.ABCMeta):
    pass


class json_cast_property(index_property):
    def __init__(self, cast_type, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.cast_type = cast_type

    def expr(self, model):
        expr = super().expr(model)
        return expr.astext.cast(self.cast_type)


class Node(Base, metaclass=NodeMeta):
    __tablename__ = "nodes"

    id = Column(Integer, primary_key=True)
    parent_id = Column(ForeignKey("nodes.id"))
    name = Column(String(50), nullable=False)
    annotations = Column(JSON, default=dict)

    parent = relation("Node", remote_side=[id], backref=backref("children"))
    title = index_property("annotations", "title", default=None)
    touched_at = json_cast_property(DateTime(True), "annotations", "touched_at")


class Tag(Base):
    __tablename__ = "tags"

    id = Column(Integer, primary_key=True)
    node_id = Column(ForeignKey("nodes.id"))
    label = Column(String(30))

    node = relation(Node, backref="tags")
