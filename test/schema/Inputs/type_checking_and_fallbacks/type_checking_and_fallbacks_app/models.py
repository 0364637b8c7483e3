from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any, Optional

from sqlalchemy import String
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from .compat import HAS_GEO, JSONB, Annotated, Geometry, PhoneNumber

if TYPE_CHECKING:
    # only for type checkers: never imported at run time, and not installed
    from mypy_extensions import TypedDict  # noqa: F401
    # the real JSONB for the type checker; at run time JSONB stays compat's fallback
    from sqlalchemy.dialects.postgresql import JSONB  # noqa: F811

    from .reviews import Review

str_100 = Annotated[str, mapped_column(String(100))]


class Base(DeclarativeBase):
    type_annotation_map = {dict[str, Any]: JSONB}


class Place(Base):
    __tablename__ = "places"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str_100]
    phone: Mapped[Optional[str]] = mapped_column(PhoneNumber)
    attributes: Mapped[dict[str, Any]] = mapped_column(default=dict)
    # not annotated: SQLAlchemy 2.0 merges vars() with __annotations__, so this
    # column lands after `opened` in the table
    location = mapped_column(Geometry("POINT", srid=4326), nullable=not HAS_GEO)
    opened: Mapped[Optional[datetime.date]]

    reviews: Mapped[list[Review]] = relationship(back_populates="place")

    def __repr__(self) -> str:
        return f"Place({self.name!r})"


from .reviews import Review  # noqa: E402  (registers the class after Place exists)
