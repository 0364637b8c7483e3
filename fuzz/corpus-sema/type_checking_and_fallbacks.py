#--- type_checking_and_fallbacks_app/__init__.py
"""Geo-tagged places; optional dependencies are imported defensively."""
#--- type_checking_and_fallbacks_app/compat.py
"""Pick column types depending on what is installed."""
from sqlalchemy import JSON, String
from sqlalchemy.types import UserDefinedType

try:  # a module that does not exist: the fallback is used
    from sqlalchemy.dialects.postgresql.jsonb_ext import JSONB
except ImportError:
    JSONB = JSON

try:
    from geoalchemy2 import Geometry  # optional, not installed here
except ImportError:

    class Geometry(UserDefinedType):
        """Minimal stand-in for geoalchemy2's Geometry."""

        cache_ok = True

        def __init__(self, geometry_type="GEOMETRY", srid=-1):
            self.geometry_type = geometry_type
            self.srid = srid

        def get_col_spec(self, **kw):
            return "GEOMETRY"

    HAS_GEO = False
else:
    HAS_GEO = True

try:
    import phonenumbers  # noqa: F401
except ImportError:
    phonenumbers = None
    PHONE_LEN = 32
else:
    PHONE_LEN = 20

PhoneNumber = String(PHONE_LEN) if phonenumbers is None else String(PHONE_LEN * 2)

try:
    from typing import Annotated
except ImportError:  # Python < 3.9
    from typing_extensions import Annotated  # noqa: F401
#--- type_checking_and_fallbacks_app/models.py
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
#--- type_checking_and_fallbacks_app/reviews.py
from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import ForeignKey, SmallInteger, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .compat import JSONB
from .models import Base

if TYPE_CHECKING:
    from .models import Place


class Review(Base):
    __tablename__ = "reviews"

    id: Mapped[int] = mapped_column(primary_key=True)
    place_id: Mapped[int] = mapped_column(ForeignKey("places.id", ondelete="CASCADE"))
    stars: Mapped[int] = mapped_column(SmallInteger)
    text: Mapped[str | None] = mapped_column(Text)
    meta = mapped_column(JSONB, nullable=True)

    place: Mapped[Place] = relationship(back_populates="reviews")
