from __future__ import annotations

import datetime as dt
import functools
import re
import uuid
from typing import Annotated

from sqlalchemy import DateTime, ForeignKey, MetaData, String, Text, func
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column, registry

from ..settings import TABLE_PREFIX

text_ = Annotated[str, "text"]
short = Annotated[str, "short"]

mapper_registry = registry(
    metadata=MetaData(naming_convention={
        "pk": "%(table_name)s_pk",
        "fk": "%(table_name)s_%(column_0_name)s_fk",
        "uq": "%(table_name)s_%(column_0_N_name)s_uq",
        "ix": "%(table_name)s_%(column_0_N_name)s_ix",
        "ck": "%(table_name)s_%(constraint_name)s_ck",
    }),
    type_annotation_map={
        str: String(200),
        short: String(40),
        text_: Text,
        dt.datetime: DateTime(timezone=True),
    },
)

required = functools.partial(mapped_column, nullable=False)


def fk(target: str, *, ondelete: str | None = "CASCADE", **kw):
    """Foreign-key column to ``<prefix><target>``."""
    return mapped_column(ForeignKey(f"{TABLE_PREFIX}{target}", ondelete=ondelete), **kw)


def _snake(name: str) -> str:
    return re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", name).lower()


class Base(DeclarativeBase):
    registry = mapper_registry


class Model(Base):
    """Abstract model: UUID key, timestamps, prefixed snake_case plural table name."""

    __abstract__ = True

    @declared_attr.directive
    def __tablename__(cls) -> str:
        return f"{TABLE_PREFIX}{_snake(cls.__name__)}s"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=uuid.uuid4)
    created_at: Mapped[dt.datetime] = mapped_column(server_default=func.now())
    updated_at: Mapped[dt.datetime | None] = mapped_column(onupdate=func.now())
