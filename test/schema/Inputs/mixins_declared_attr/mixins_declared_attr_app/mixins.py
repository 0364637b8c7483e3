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
