#--- mixins_declared_attr_app/__init__.py
"""Project-management models composed from reusable mixins."""
#--- mixins_declared_attr_app/mixins.py
"""Reusable column groups. None of these classes is mapped by itself."""
import datetime
from typing import Optional

from sqlalchemy import DateTime, ForeignKey, Index, Integer, func
from sqlalchemy.orm import Mapped, declared_attr, mapped_column, relationship


class IdMixin:
    id: Mapped[int] = mapped_column(Integer, primary_key=True)


class TablenameMixin:
    @declared_attr.directive
    def __tablename__(cls) -> str:
        return cls.__name__.lower() + "s"


class TimestampMixin:
    created_at: Mapped[datetime.datetime] = mapped_column(
        DateTime(timezone=True), server_default=func.now()
    )
    updated_at: Mapped[Optional[datetime.datetime]] = mapped_column(
        DateTime(timezone=True), onupdate=func.now()
    )


class SoftDeleteMixin:
    deleted_at: Mapped[Optional[datetime.datetime]] = mapped_column(sort_order=100)

    @property
    def is_deleted(self) -> bool:
        return self.deleted_at is not None


class OwnedMixin:
    """Adds an owner FK, its relationship and an index named after the table."""

    @declared_attr
    def owner_id(cls) -> Mapped[int]:
        return mapped_column(ForeignKey("users.id", ondelete="CASCADE"))

    @declared_attr
    def owner(cls) -> Mapped["User"]:  # noqa: F821
        return relationship("User")

    @declared_attr.directive
    def __table_args__(cls):
        return (Index(f"ix_{cls.__tablename__}_owner_created", "owner_id", "created_at"),)
#--- mixins_declared_attr_app/models.py
from typing import List, Optional

from sqlalchemy import ForeignKey, String, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from .mixins import IdMixin, OwnedMixin, SoftDeleteMixin, TablenameMixin, TimestampMixin


class Base(DeclarativeBase):
    pass


class Model(IdMixin, TablenameMixin, Base):
    """Abstract root: every table gets an integer id and a plural name."""

    __abstract__ = True

    def __repr__(self) -> str:
        return f"<{type(self).__name__} #{self.id}>"


class User(TimestampMixin, Model):
    login: Mapped[str] = mapped_column(String(40), unique=True)
    projects: Mapped[List["Project"]] = relationship(back_populates="owner")


class Project(OwnedMixin, TimestampMixin, SoftDeleteMixin, Model):
    name: Mapped[str] = mapped_column(String(100))
    summary: Mapped[Optional[str]] = mapped_column(Text)
    owner: Mapped["User"] = relationship(back_populates="projects")


class Task(OwnedMixin, TimestampMixin, Model):
    __tablename__ = "todo_items"

    project_id: Mapped[int] = mapped_column(ForeignKey("projects.id"))
    title: Mapped[str] = mapped_column(String(200))
    done: Mapped[bool] = mapped_column(default=False)
