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
