from __future__ import annotations

import datetime
import enum
from decimal import Decimal
from typing import List, Optional

from sqlalchemy import CheckConstraint, ForeignKey, Index, Numeric, String, Text, func
from sqlalchemy.ext.hybrid import hybrid_property
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ..settings import settings
from .base import Base, CompanyScoped, IdMixin, str_50, str_200, timestamp
from .company import Company


class Remote(enum.Enum):
    onsite = "onsite"
    hybrid = "hybrid"
    remote = "remote"


class ApplicationStatus(enum.Enum):
    submitted = "submitted"
    screening = "screening"
    interview = "interview"
    offer = "offer"
    rejected = "rejected"
    withdrawn = "withdrawn"


def _expiry() -> datetime.datetime:
    return datetime.datetime.utcnow() + datetime.timedelta(days=settings.posting_days)


class Skill(IdMixin, Base):
    __tablename__ = "skills"

    name: Mapped[str_50] = mapped_column(unique=True)
    category: Mapped[Optional[str_50]] = mapped_column(default=None)


class Job(IdMixin, CompanyScoped, Base):
    __tablename__ = "jobs"
    __table_args__ = (
        CheckConstraint("salary_min IS NULL OR salary_max IS NULL OR salary_min <= salary_max",
                        name="salary_range"),
        Index("ix_jobs_open", "expires_at", "published"),
    )

    title: Mapped[str_200]
    description: Mapped[str] = mapped_column(Text)
    remote: Mapped[Remote] = mapped_column(default=Remote.remote)
    location: Mapped[Optional[str_200]] = mapped_column(default=None)
    salary_min: Mapped[Optional[Decimal]] = mapped_column(Numeric(10, 0), default=None)
    salary_max: Mapped[Optional[Decimal]] = mapped_column(Numeric(10, 0), default=None)
    currency: Mapped[str] = mapped_column(String(3), default=settings.currencies[0])
    published: Mapped[bool] = mapped_column(default=False)
    expires_at: Mapped[datetime.datetime] = mapped_column(insert_default=_expiry, default=None)
    views: Mapped[int] = mapped_column(default=0, server_default="0")
    posted_at: Mapped[timestamp] = mapped_column(init=False)

    company: Mapped[Company] = relationship(back_populates="jobs", init=False)
    skills: Mapped[List[JobSkill]] = relationship(default_factory=list, back_populates="job")
    applications: Mapped[List[Application]] = relationship(default_factory=list, repr=False)

    @hybrid_property
    def is_open(self) -> bool:
        return self.published and self.expires_at > datetime.datetime.utcnow()


class JobSkill(Base):
    __tablename__ = "job_skills"

    job_id: Mapped[int] = mapped_column(ForeignKey("jobs.id"), primary_key=True, init=False)
    skill_id: Mapped[int] = mapped_column(ForeignKey("skills.id"), primary_key=True)
    level: Mapped[int] = mapped_column(default=3)
    required: Mapped[bool] = mapped_column(default=True)

    job: Mapped[Job] = relationship(back_populates="skills", init=False)
    skill: Mapped[Skill] = relationship(init=False)


class Application(IdMixin, Base):
    __tablename__ = "applications"

    job_id: Mapped[int] = mapped_column(ForeignKey(Job.id))
    applicant_email: Mapped[str] = mapped_column(String(254), index=True)
    applicant_name: Mapped[str_200]
    resume_url: Mapped[Optional[str]] = mapped_column(String(2048), default=None)
    cover_letter: Mapped[Optional[str]] = mapped_column(Text, default=None, deferred=True)
    status: Mapped[ApplicationStatus] = mapped_column(
        default=ApplicationStatus.submitted, index=True
    )
    submitted_at: Mapped[timestamp] = mapped_column(init=False)
    updated_at: Mapped[Optional[datetime.datetime]] = mapped_column(
        default=None, onupdate=func.now()
    )
