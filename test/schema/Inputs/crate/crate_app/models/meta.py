"""Shared declarative base and column helpers."""
import datetime
from functools import partial

from sqlalchemy import Column, DateTime, ForeignKey, Integer, MetaData, String, Text
from sqlalchemy.orm import declarative_base

__all__ = ["Base", "metadata", "NotNull", "pk", "fk", "utcnow", "name_column", "timestamps"]

metadata = MetaData()
Base = declarative_base(metadata=metadata)

NotNull = partial(Column, nullable=False)


def utcnow():
    return datetime.datetime.now(datetime.timezone.utc)


def pk():
    return Column(Integer, primary_key=True)


def fk(target, **kw):
    """An integer foreign key column; NOT NULL unless told otherwise."""
    kw.setdefault("nullable", False)
    ondelete = kw.pop("ondelete", "CASCADE")
    return Column(Integer, ForeignKey(target, ondelete=ondelete), **kw)


def name_column(length=100, **kw):
    return Column(String(length), nullable=False, **kw)


def timestamps():
    return (
        Column("created", DateTime(timezone=True), nullable=False, default=utcnow),
        Column("modified", DateTime(timezone=True), nullable=True, onupdate=utcnow),
    )
