from __future__ import annotations

import datetime
from decimal import Decimal
from typing import List, Optional

import sqlalchemy as sa
from sqlalchemy import ForeignKey, ForeignKeyConstraint, Index, String, text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ..constants import BARCODE_LENGTH, MAX_READ_LENGTH, PLATE_WELLS
from ..types import Platform, QCResult
from .base import AuditMixin, Base, SurrogatePK, TableNameMixin
from .samples import Aliquot


class Plate(TableNameMixin, SurrogatePK, AuditMixin, Base):
    barcode: Mapped[str] = mapped_column(String(BARCODE_LENGTH), unique=True)
    wells: Mapped[int] = mapped_column(default=PLATE_WELLS)
    kind: Mapped[str] = mapped_column(String(20), server_default=text("'library'"))


class PlateWell(TableNameMixin, Base):
    __table_args__ = (
        ForeignKeyConstraint(
            ["aliquot_sample_id", "aliquot_seq"],
            ["aliquot.sample_id", "aliquot.seq"],
            name="fk_well_aliquot",
            ondelete="SET NULL",
        ),
        sa.CheckConstraint("row_label BETWEEN 'A' AND 'P'", name="ck_well_row"),
    )

    plate_id: Mapped[int] = mapped_column(ForeignKey("plate.id"), primary_key=True)
    row_label: Mapped[str] = mapped_column(String(1), primary_key=True)
    col_number: Mapped[int] = mapped_column(sa.SmallInteger, primary_key=True)
    aliquot_sample_id: Mapped[Optional[int]]
    aliquot_seq: Mapped[Optional[int]]

    aliquot: Mapped[Optional[Aliquot]] = relationship()

    @property
    def position(self) -> str:
        return f"{self.row_label}{self.col_number:02d}"


class Run(TableNameMixin, SurrogatePK, Base):
    flowcell: Mapped[str] = mapped_column(String(32), unique=True)
    platform: Mapped[Platform] = mapped_column(
        sa.Enum(Platform, values_callable=lambda e: [m.value for m in e], name="platform")
    )
    read_length: Mapped[int] = mapped_column(
        sa.CheckConstraint(f"read_length <= {MAX_READ_LENGTH}"), default=150
    )
    paired_end: Mapped[bool] = mapped_column(server_default=sa.true())
    started: Mapped[Optional[datetime.datetime]]
    yield_gb: Mapped[Optional[Decimal]] = mapped_column(sa.Numeric(8, 2))

    libraries: Mapped[List[Library]] = relationship(back_populates="run")


class Library(TableNameMixin, SurrogatePK, AuditMixin, Base):
    __table_args__ = (
        Index("ix_library_run_index", "run_id", "index_sequence", unique=True),
    )

    run_id: Mapped[Optional[int]] = mapped_column(ForeignKey("run.id"))
    plate_id: Mapped[int]
    row_label: Mapped[str] = mapped_column(String(1))
    col_number: Mapped[int] = mapped_column(sa.SmallInteger)
    index_sequence: Mapped[str] = mapped_column(String(24))
    insert_size: Mapped[Optional[int]]

    __table_args__ = __table_args__ + (
        ForeignKeyConstraint(
            ["plate_id", "row_label", "col_number"],
            [PlateWell.plate_id, PlateWell.row_label, PlateWell.col_number],
        ),
    )

    run: Mapped[Optional[Run]] = relationship(back_populates="libraries")
    metrics: Mapped[List[QCMetric]] = relationship(cascade="all, delete-orphan")


class QCMetric(TableNameMixin, SurrogatePK, Base):
    library_id: Mapped[int] = mapped_column(ForeignKey("library.id", ondelete="CASCADE"))
    metric: Mapped[str] = mapped_column(String(48))
    value: Mapped[float]
    result: Mapped[QCResult] = mapped_column(sa.Enum(QCResult, native_enum=False, length=8))
