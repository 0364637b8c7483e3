from __future__ import annotations

import enum
import uuid
from typing import TYPE_CHECKING, Optional

from sqlalchemy import Enum, UniqueConstraint, false
from sqlalchemy.orm import Mapped, mapped_column, relationship, validates

from ..settings import SLUG_LENGTH
from .base import Model, fk, required, short, text_

if TYPE_CHECKING:
    from .pages import Page


class Visibility(enum.Enum):
    public = "public"
    internal = "internal"
    private = "private"


class SpaceRole(enum.Enum):
    viewer = "viewer"
    editor = "editor"
    admin = "admin"


class Space(Model):
    key: Mapped[short] = mapped_column(unique=True)
    name: Mapped[str]
    description: Mapped[Optional[text_]]
    visibility: Mapped[Visibility] = mapped_column(
        Enum(Visibility, name="space_visibility", length=10), default=Visibility.internal)
    archived: Mapped[bool] = mapped_column(server_default=false())
    home_slug: Mapped[str] = required(default="home", comment="slug of the landing page")

    pages: Mapped[list[Page]] = relationship(back_populates="space")
    members: Mapped[list[SpaceMember]] = relationship(back_populates="space", cascade="all, delete-orphan")

    @validates("key")
    def _upper(self, _key: str, value: str) -> str:
        return value.upper()


class SpaceMember(Model):
    __table_args__ = (UniqueConstraint("space_id", "user_email"),)

    space_id: Mapped[uuid.UUID] = fk("spaces.id")
    user_email: Mapped[str] = required()
    role: Mapped[SpaceRole] = mapped_column(default=SpaceRole.viewer)
    notify: Mapped[bool] = mapped_column(default=True)

    space: Mapped[Space] = relationship(back_populates="members")
