from __future__ import annotations

import datetime
from functools import partial
from typing import List, Optional

from sqlalchemy import Column, ForeignKey, Table, String
from sqlalchemy.ext.hybrid import hybrid_property
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ..enums import RunnerOS
from .base import Base, intpk, metadata, str64

runner_labels = Table(
    "runner_labels",
    metadata,
    Column("runner_id", ForeignKey("runners.id"), primary_key=True),
    Column("label_id", ForeignKey("labels.id"), primary_key=True),
)


class Label(Base):
    __tablename__ = "labels"

    id: Mapped[intpk]
    name: Mapped[str64] = mapped_column(unique=True)


class Runner(Base):
    __tablename__ = "runners"

    id: Mapped[intpk]
    hostname: Mapped[str] = mapped_column(String(253))
    os: Mapped[RunnerOS]
    arch: Mapped[str] = mapped_column(String(16), default="x86_64")
    capacity: Mapped[int] = mapped_column(default=1)
    busy_slots: Mapped[int] = mapped_column(default=0)
    last_seen: Mapped[Optional[datetime.datetime]]
    registered: Mapped[datetime.datetime] = mapped_column(
        default=partial(datetime.datetime.now, datetime.timezone.utc)
    )

    labels: Mapped[List[Label]] = relationship(secondary=runner_labels)

    @hybrid_property
    def free_slots(self) -> int:
        return self.capacity - self.busy_slots
