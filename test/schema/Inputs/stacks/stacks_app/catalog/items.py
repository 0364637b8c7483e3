"""Bibliographic items.  One table holds every kind of item (single-table inheritance)."""
from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, List, Optional

from sqlalchemy import Column, ForeignKey, Index, Integer, String, Table, Text, func, select
from sqlalchemy.orm import Mapped, column_property, mapped_column, relationship, synonym

from .base import Base

if TYPE_CHECKING:
    from .patrons import Loan

item_authors = Table(
    "item_authors",
    Base.metadata,
    Column("item_id", Integer, ForeignKey("items.id"), primary_key=True),
    Column("author_id", Integer, ForeignKey("authors.id"), primary_key=True),
    Column("role", String(20), nullable=False, server_default="author"),
)

item_subjects = Table(
    "item_subjects",
    Base.metadata,
    Column("item_id", ForeignKey("items.id"), primary_key=True),
    Column("subject_id", ForeignKey("subjects.id"), primary_key=True),
)


class Author(Base):
    __tablename__ = "authors"

    id: Mapped[int] = mapped_column(primary_key=True)
    sort_name: Mapped[str] = mapped_column(String(200), index=True)
    born: Mapped[Optional[int]]
    died: Mapped[Optional[int]]
    viaf_id: Mapped[Optional[str]] = mapped_column(String(24), unique=True)

    items: Mapped[List[Item]] = relationship(secondary=item_authors, back_populates="authors")

    def __repr__(self) -> str:
        return f"Author({self.sort_name!r})"


class Subject(Base):
    __tablename__ = "subjects"

    id: Mapped[int] = mapped_column(primary_key=True)
    heading: Mapped[str] = mapped_column(String(255), unique=True)
    scheme: Mapped[str] = mapped_column(String(16), default="lcsh")


class Item(Base):
    __tablename__ = "items"

    id: Mapped[int] = mapped_column(primary_key=True)
    item_type: Mapped[str] = mapped_column(String(16))
    title: Mapped[str] = mapped_column(String(500))
    subtitle: Mapped[Optional[str]] = mapped_column(String(500))
    pub_year: Mapped[Optional[int]] = mapped_column("publication_year")
    language: Mapped[str] = mapped_column(String(3), default="eng")
    notes: Mapped[Optional[str]] = mapped_column(Text)
    added_on: Mapped[datetime.date] = mapped_column(default=datetime.date.today)

    authors: Mapped[List[Author]] = relationship(secondary=item_authors, back_populates="items")
    subjects: Mapped[List[Subject]] = relationship(secondary="item_subjects")
    copies: Mapped[List[Copy]] = relationship(back_populates="item")

    year = synonym("pub_year")

    __mapper_args__ = {
        "polymorphic_on": "item_type",
        "polymorphic_identity": "item",
    }


class Book(Item):
    isbn: Mapped[Optional[str]] = mapped_column(String(13), unique=True)
    edition: Mapped[Optional[str]] = mapped_column(String(40))
    pages: Mapped[Optional[int]]
    publisher: Mapped[Optional[str]] = mapped_column(String(200), use_existing_column=True)

    __mapper_args__ = {"polymorphic_identity": "book"}


class Periodical(Item):
    issn: Mapped[Optional[str]] = mapped_column(String(9))
    frequency: Mapped[Optional[str]] = mapped_column(String(20))
    publisher: Mapped[Optional[str]] = mapped_column(String(200), use_existing_column=True)

    __mapper_args__ = {"polymorphic_identity": "periodical"}


class Recording(Item):
    medium: Mapped[Optional[str]] = mapped_column(String(20), comment="cd, lp, dvd, stream")
    runtime_minutes: Mapped[Optional[int]]

    __mapper_args__ = {"polymorphic_identity": "recording"}


class Copy(Base):
    __tablename__ = "copies"

    id: Mapped[int] = mapped_column(primary_key=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("items.id"))
    barcode: Mapped[str] = mapped_column(String(14), unique=True)
    call_number: Mapped[str] = mapped_column(String(64))
    branch_code: Mapped[str] = mapped_column(String(8), index=True)
    status: Mapped[str] = mapped_column(String(12), default="available")
    acquired_price: Mapped[Optional[float]]

    item: Mapped[Item] = relationship(back_populates="copies")
    loans: Mapped[List["Loan"]] = relationship(back_populates="copy")


# case-insensitive title search
Index("ix_items_title_lower", func.lower(Item.title))

Item.copy_count = column_property(
    select(func.count(Copy.id)).where(Copy.item_id == Item.id).correlate_except(Copy).scalar_subquery()
)
