from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any, List, Optional

from sqlalchemy import ForeignKey, Integer, String, Text, UniqueConstraint, text
from sqlalchemy.orm import Mapped, mapped_column, relationship, validates

from ..enums import Visibility
from ..settings import DEFAULT_BRANCH
from .base import Base, created_at, intpk, str64, str255

if TYPE_CHECKING:
    from .build import Build


class Project(Base):
    """A repository that Forge builds."""

    __tablename__ = "projects"

    id: Mapped[intpk]
    slug: Mapped[str64] = mapped_column(unique=True)
    name: Mapped[str255]
    clone_url: Mapped[str] = mapped_column(String(1024))
    default_branch: Mapped[str64] = mapped_column(default=DEFAULT_BRANCH)
    is_private: Mapped[bool] = mapped_column(server_default=text("false"))
    visibility: Mapped[Visibility] = mapped_column(default=Visibility.INTERNAL)
    description: Mapped[Optional[str]] = mapped_column(Text)
    created: Mapped[created_at]

    pipelines: Mapped[List["Pipeline"]] = relationship(back_populates="project", cascade="all, delete-orphan")
    secrets: Mapped[List["Secret"]] = relationship(back_populates="project")
    builds: Mapped[List["Build"]] = relationship(back_populates="project")

    @validates("slug")
    def _check_slug(self, key, value):
        if not value or "/" in value:
            raise ValueError("invalid project slug")
        return value.lower()


class Pipeline(Base):
    __tablename__ = "pipelines"
    __table_args__ = (UniqueConstraint("project_id", "path"),)

    id: Mapped[intpk]
    project_id: Mapped[int] = mapped_column(ForeignKey("projects.id", ondelete="CASCADE"))
    path: Mapped[str255] = mapped_column(default=".forge.yml")
    config: Mapped[dict[str, Any]] = mapped_column(default=dict)
    timeout_minutes: Mapped[int] = mapped_column(Integer, default=60)
    max_queue_time: Mapped[Optional[datetime.timedelta]]
    enabled: Mapped[bool] = mapped_column(default=True)

    project: Mapped[Project] = relationship(back_populates="pipelines")


class Secret(Base):
    __tablename__ = "secrets"
    __table_args__ = (
        UniqueConstraint("project_id", "name", name="uq_secret_name"),
        {"comment": "Encrypted build secrets"},
    )

    id: Mapped[intpk]
    project_id: Mapped[int] = mapped_column(ForeignKey("projects.id"))
    name: Mapped[str64]
    ciphertext: Mapped[bytes]
    expose_to_prs: Mapped[bool] = mapped_column(default=False, comment="available to forked PRs")
    updated: Mapped[Optional[datetime.datetime]] = mapped_column(onupdate=datetime.datetime.utcnow)

    project: Mapped[Project] = relationship(back_populates="secrets")
