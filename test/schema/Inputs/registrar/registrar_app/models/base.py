from __future__ import annotations

import datetime

from sqlalchemy import MetaData, func
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column

metadata = MetaData(
    naming_convention={
        "ix": "%(table_name)s_%(column_0_N_name)s_idx",
        "uq": "%(table_name)s_%(column_0_N_name)s_key",
        "ck": "%(table_name)s_%(constraint_name)s_check",
        "fk": "%(table_name)s_%(column_0_name)s_fkey",
        "pk": "%(table_name)s_pkey",
    }
)


class Base(DeclarativeBase):
    metadata = metadata


class Timestamps:
    created: Mapped[datetime.datetime] = mapped_column(server_default=func.now())
    modified: Mapped[datetime.datetime | None] = mapped_column(onupdate=func.now())


class InSchema:
    """Tables of a subclass live in the schema named by its __schema__."""

    __schema__: str | None = None

    @declared_attr.directive
    def __table_args__(cls) -> dict:
        return {"schema": cls.__schema__}
