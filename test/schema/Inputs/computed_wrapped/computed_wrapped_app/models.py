"""Computed attributes that come wrapped: synonyms a declared_attr makes
(mealie's updated_at), on a mixin and on the class itself, and
column_property expressions over a deferred() or column_property() column."""
from sqlalchemy import Column, DateTime, ForeignKey, Integer, String, Text, func
from sqlalchemy.orm import (
    column_property,
    declarative_base,
    declared_attr,
    deferred,
    synonym,
)

Base = declarative_base()


class TimestampMixin:
    updated = Column(DateTime)

    @declared_attr
    def updated_at(cls):
        return synonym("updated")


class Doc(TimestampMixin, Base):
    __tablename__ = "docs"

    id = Column(Integer, primary_key=True)
    body = deferred(Column(Text))
    title = column_property(Column(String(50)))
    body_upper = column_property(func.upper(body))
    title_length = column_property(func.length(title) + 1)

    @declared_attr
    def heading(cls):
        return synonym("title")


class Note(TimestampMixin, Base):
    __tablename__ = "notes"

    id = Column(Integer, primary_key=True)
    doc_id = Column(ForeignKey("docs.id"))
    text = deferred(Column(Text), group="texts")
    summary = column_property(func.substr(text, 1, 40))
