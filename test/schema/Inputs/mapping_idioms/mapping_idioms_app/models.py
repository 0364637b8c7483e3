"""Idioms of real projects: enum members as polymorphic identities,
mapped_column(insert_default=None), index entries as desc("column"), and a
TypeDecorator whose arguments are checked with a raise."""
import enum
from datetime import datetime

import sqlalchemy as sa
from sqlalchemy import DateTime, Index, Integer, String
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedAsDataclass, mapped_column

from .types import EnumText


class Kind(enum.StrEnum):
    HUMAN_INPUT = enum.auto()
    EXPLICIT = "explicit"


class Level(enum.IntEnum):
    LOW = 1
    HIGH = 2


class Shape(enum.Enum):
    ROUND = "round"


class Status(enum.StrEnum):
    QUEUED = "queued"
    FINISHED = "finished"


class Base(DeclarativeBase):
    pass


class Content(Base):
    __tablename__ = "content"
    __mapper_args__ = {"polymorphic_on": "type", "polymorphic_abstract": True}
    id: Mapped[int] = mapped_column(primary_key=True)
    type: Mapped[str] = mapped_column(String(30))


class HumanInput(Content):
    __mapper_args__ = {"polymorphic_identity": Kind.HUMAN_INPUT}


class Explicit(Content):
    __mapper_args__ = {"polymorphic_identity": Kind.EXPLICIT}


class Leveled(Base):
    __tablename__ = "leveled"
    __mapper_args__ = {"polymorphic_on": "level", "polymorphic_identity": Level.LOW}
    id: Mapped[int] = mapped_column(primary_key=True)
    level: Mapped[int] = mapped_column(Integer)


class High(Leveled):
    __mapper_args__ = {"polymorphic_identity": Level.HIGH}


class Shaped(Base):
    __tablename__ = "shaped"
    __mapper_args__ = {"polymorphic_on": "shape", "polymorphic_identity": Shape.ROUND}
    id: Mapped[int] = mapped_column(primary_key=True)
    shape: Mapped[str] = mapped_column(String(10))


class Execution(Base):
    __tablename__ = "executions"
    __table_args__ = (
        Index("ix_executions_tenant_created", "tenant_id", sa.desc("created_at")),
        Index("ix_executions_status", sa.asc("status"), sa.nulls_last(sa.desc("finished_at"))),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    tenant_id: Mapped[str] = mapped_column(String(36))
    created_at: Mapped[datetime] = mapped_column(DateTime)
    finished_at: Mapped[datetime | None] = mapped_column(DateTime, insert_default=None)
    status: Mapped[str] = mapped_column(EnumText(Status, length=40))
    kind: Mapped[str] = mapped_column(EnumText(Kind))


class DataclassBase(MappedAsDataclass, DeclarativeBase):
    pass


class Chunk(DataclassBase):
    __tablename__ = "chunks"
    id: Mapped[int] = mapped_column(primary_key=True, init=False)
    indexing_at: Mapped[datetime | None] = mapped_column(DateTime, insert_default=None, init=False)
    done_at: Mapped[datetime | None] = mapped_column(DateTime, default=None)
    tries: Mapped[int] = mapped_column(Integer, default=5, insert_default=None)
    weight: Mapped[int] = mapped_column(Integer, insert_default=7, default=5)
