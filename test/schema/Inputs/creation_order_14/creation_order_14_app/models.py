"""Column._creation_order set in the models: SQLAlchemy 1.4 orders a
declarative table's columns by it, and projects set it to put a mixin's
timestamp columns last (dispatch's TimeStampMixin), on the column as it is
made, on the mixin's attribute afterwards, and in a declared_attr."""
from datetime import datetime

from sqlalchemy import Column, DateTime, ForeignKey, Integer, String
from sqlalchemy.ext.declarative import declarative_base
from sqlalchemy.orm import declared_attr, relationship

Base = declarative_base()


class TimeStampMixin(object):
    created_at = Column(DateTime, default=datetime.utcnow)
    created_at._creation_order = 9998
    updated_at = Column(DateTime, default=datetime.utcnow)
    updated_at._creation_order = 9999


class StampMixin:
    created_by = Column(Integer)
    created_on = Column(DateTime)


StampMixin.created_by._creation_order = 9996
StampMixin.created_on._creation_order = 9997


class DeletedMixin:
    @declared_attr
    def deleted_at(cls):
        column = Column(DateTime)
        column._creation_order = 9995
        return column


class Project(Base, TimeStampMixin):
    __tablename__ = "project"
    id = Column(Integer, primary_key=True)
    name = Column(String(80))


class Tag(TimeStampMixin, StampMixin, DeletedMixin, Base):
    __tablename__ = "tag"
    id = Column(Integer, primary_key=True)
    name = Column(String(80))
    project_id = Column(Integer, ForeignKey("project.id"))
    project = relationship("Project")


class Note(Base):
    __tablename__ = "note"
    # Its own column, moved to the end; a low number puts one first.
    id = Column(Integer, primary_key=True)
    id._creation_order = 9999
    body = Column(String(200))
    title = Column(String(80))
    title._creation_order = 1
