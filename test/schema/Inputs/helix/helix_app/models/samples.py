from __future__ import annotations

import datetime
from decimal import Decimal
from typing import List, Optional

from sqlalchemy import CheckConstraint, Computed, Enum, ForeignKey, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship, validates

from ..constants import BARCODE_LENGTH, SPECIES_CHOICES
from ..types import SampleType
from .base import AuditMixin, Base, SurrogatePK, TableNameMixin


class Study(TableNameMixin, SurrogatePK, AuditMixin, Base):
    code: Mapped[str] = mapped_column(String(16), unique=True)
    title: Mapped[str] = mapped_column(String(300))
    pi_email: Mapped[Optional[str]] = mapped_column(String(254))
    irb_number: Mapped[Optional[str]] = mapped_column(String(32))

    subjects: Mapped[List[Subject]] = relationship(back_populates="study")

    def __repr__(self) -> str:
        return f"Study({self.code!r})"


class Subject(TableNameMixin, SurrogatePK, Base):
    __table_args__ = (
        UniqueConstraint("study_id", "external_id"),
        CheckConstraint("species IN ('%s')" % "', '".join(SPECIES_CHOICES), name="ck_subject_species"),
    )

    study_id: Mapped[int] = mapped_column(ForeignKey("study.id"))
    external_id: Mapped[str] = mapped_column(String(64))
    species: Mapped[str] = mapped_column(String(32), default="human")
    sex: Mapped[Optional[str]] = mapped_column(String(1))
    birth_year: Mapped[Optional[int]]

    study: Mapped[Study] = relationship(back_populates="subjects")
    samples: Mapped[List[Sample]] = relationship(back_populates="subject")


class Sample(TableNameMixin, SurrogatePK, AuditMixin, Base):
    barcode: Mapped[str] = mapped_column(String(BARCODE_LENGTH), unique=True, index=True)
    subject_id: Mapped[int] = mapped_column(ForeignKey("subject.id", ondelete="RESTRICT"))
    sample_type: Mapped[SampleType] = mapped_column(Enum(SampleType, name="sample_type"))
    collected_on: Mapped[Optional[datetime.date]]
    volume_ul: Mapped[Optional[Decimal]]
    concentration_ng_ul: Mapped[Optional[Decimal]] = mapped_column(
        CheckConstraint("concentration_ng_ul >= 0", name="nonneg_conc")
    )
    total_ng: Mapped[Optional[Decimal]] = mapped_column(
        Computed("volume_ul * concentration_ng_ul")
    )
    freezer_location: Mapped[Optional[str]] = mapped_column(String(40))

    subject: Mapped[Subject] = relationship(back_populates="samples")
    aliquots: Mapped[List[Aliquot]] = relationship(back_populates="parent")

    @validates("barcode")
    def _upper(self, key, value):
        return value.upper()


class Aliquot(TableNameMixin, Base):
    """Aliquots are numbered within their parent sample (composite key)."""

    sample_id: Mapped[int] = mapped_column(ForeignKey("sample.id"), primary_key=True)
    seq: Mapped[int] = mapped_column(primary_key=True, autoincrement=False)
    volume_ul: Mapped[Decimal]
    consumed: Mapped[bool] = mapped_column(default=False)

    parent: Mapped[Sample] = relationship(back_populates="aliquots")
