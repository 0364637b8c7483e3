from decimal import Decimal
from typing import Any, Optional

from sqlalchemy import Numeric, text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from .types import (
    TYPE_MAP,
    Visibility,
    bigpk,
    intpk,
    money,
    required_name,
    str30,
    str50,
    timestamp,
    venue_fk,
)


class Base(DeclarativeBase):
    type_annotation_map = TYPE_MAP


class Venue(Base):
    __tablename__ = "venues"

    id: Mapped[intpk]
    name: Mapped[required_name]
    city: Mapped[str50]
    address: Mapped[Optional[str]]
    capacity: Mapped[int | None]
    events: Mapped[list["Event"]] = relationship(back_populates="venue")


class Event(Base):
    __tablename__ = "events"

    id: Mapped[bigpk]
    venue_id: Mapped[venue_fk]
    title: Mapped[str]
    slug: Mapped[str30] = mapped_column(unique=True)
    visibility: Mapped[Visibility] = mapped_column(default=Visibility.DRAFT)
    # Optional around an annotated alias: nullable, type from the map
    subtitle: Mapped[Optional[str50]]
    ticket_price: Mapped[money]
    fee: Mapped[Optional[money]]
    extra: Mapped[dict[str, Any]] = mapped_column(default=dict)
    starts_at: Mapped[timestamp]
    # the use site's arguments override the alias's
    created_at: Mapped[timestamp] = mapped_column(server_default=text("now()"))
    # an explicit type overrides the map
    price_eur: Mapped[Decimal] = mapped_column(Numeric(8, 2))

    venue: Mapped["Venue"] = relationship(back_populates="events")

    def __str__(self) -> str:
        return self.title
