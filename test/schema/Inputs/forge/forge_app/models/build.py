from __future__ import annotations

import datetime
import uuid
from typing import List, Optional

from sqlalchemy import CheckConstraint, ForeignKey, Identity, Index, String, Text, func
from sqlalchemy.orm import Mapped, deferred, mapped_column, relationship

from ..enums import BuildStatus, TriggerKind
from ..settings import ARTIFACT_PATH_LENGTH
from .base import Base, created_at, intpk, sha, str64, str255
from .project import Project


def _new_token() -> str:
    return uuid.uuid4().hex


class Build(Base):
    __tablename__ = "builds"
    __table_args__ = (
        Index("ix_builds_project_number", "project_id", "number", unique=True),
        CheckConstraint("number > 0", name="positive_number"),
    )

    id: Mapped[int] = mapped_column(Identity(start=1000), primary_key=True)
    project_id: Mapped[int] = mapped_column(ForeignKey(Project.id))
    number: Mapped[int]
    commit_sha: Mapped[sha]
    branch: Mapped[str255]
    trigger: Mapped[TriggerKind]
    status: Mapped[BuildStatus] = mapped_column(default=BuildStatus.queued, index=True)
    created: Mapped[created_at]
    started_at: Mapped[Optional[datetime.datetime]]
    finished_at: Mapped[Optional[datetime.datetime]]
    token: Mapped[str] = mapped_column(String(32), default=_new_token)

    project: Mapped[Project] = relationship(back_populates="builds")
    jobs: Mapped[List["Job"]] = relationship(back_populates="build", order_by="Job.id")

    @property
    def duration(self) -> Optional[datetime.timedelta]:
        if self.started_at and self.finished_at:
            return self.finished_at - self.started_at
        return None


class Job(Base):
    """One unit of work inside a build; subclassed per job kind."""

    __tablename__ = "jobs"

    id: Mapped[intpk]
    build_id: Mapped[int] = mapped_column(ForeignKey("builds.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(20))
    name: Mapped[str64]
    status: Mapped[BuildStatus] = mapped_column(default=BuildStatus.queued)
    log: Mapped[Optional[str]] = deferred(mapped_column(Text))
    exit_code: Mapped[Optional[int]] = mapped_column(nullable=True)

    build: Mapped[Build] = relationship(back_populates="jobs")
    artifacts: Mapped[List["Artifact"]] = relationship(back_populates="job")

    __mapper_args__ = {"polymorphic_on": "kind", "polymorphic_identity": "job"}


class TestJob(Job):
    __tablename__ = "test_jobs"

    id: Mapped[int] = mapped_column(ForeignKey("jobs.id"), primary_key=True)
    tests_total: Mapped[int] = mapped_column(default=0)
    tests_failed: Mapped[int] = mapped_column(default=0)
    coverage: Mapped[Optional[float]]

    __mapper_args__ = {"polymorphic_identity": "test"}


class DeployJob(Job):
    __tablename__ = "deploy_jobs"

    id: Mapped[int] = mapped_column(ForeignKey("jobs.id"), primary_key=True)
    environment: Mapped[str64] = mapped_column(server_default="staging")
    approved_by: Mapped[Optional[str64]]

    __mapper_args__ = {"polymorphic_identity": "deploy"}


class Artifact(Base):
    __tablename__ = "artifacts"

    id: Mapped[intpk]
    job_id: Mapped[int] = mapped_column(ForeignKey("jobs.id"))
    path: Mapped[str] = mapped_column(String(ARTIFACT_PATH_LENGTH))
    size_bytes: Mapped[int] = mapped_column(server_default="0")
    sha256: Mapped[Optional[str]] = mapped_column(String(64))
    uploaded: Mapped[datetime.datetime] = mapped_column(default=func.now())

    job: Mapped[Job] = relationship(back_populates="artifacts")

    def __repr__(self) -> str:
        return f"<Artifact {self.path} ({self.size_bytes} bytes)>"
