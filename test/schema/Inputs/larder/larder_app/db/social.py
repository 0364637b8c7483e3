"""Ratings, comments and saved collections."""
from __future__ import annotations

import datetime
import uuid
from typing import List, Optional

from sqlalchemy import CheckConstraint, Column, DateTime, ForeignKey, String, Table, UniqueConstraint, func
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base
from .models import Recipe

__all__ = ["Cook", "Rating", "Collection", "collection_recipes"]

collection_recipes = Table(
    "collection_recipes",
    Base.metadata,
    Column("collection_id", ForeignKey("collections.id", ondelete="CASCADE"), primary_key=True),
    Column("recipe_id", ForeignKey("recipes.id", ondelete="CASCADE"), primary_key=True),
    Column("added_at", DateTime(timezone=True), server_default=func.now()),
)


class Cook(Base):
    __tablename__ = "cooks"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=uuid.uuid4)
    handle: Mapped[str] = mapped_column(String(30), unique=True)
    bio: Mapped[Optional[str]] = mapped_column(String(500))
    joined: Mapped[datetime.datetime] = mapped_column(default=func.now())


class Rating(Base):
    __tablename__ = "ratings"
    __table_args__ = (
        UniqueConstraint("cook_id", "recipe_id"),
        CheckConstraint("stars BETWEEN 1 AND 5", name="ratings_stars_range"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    cook_id: Mapped[uuid.UUID] = mapped_column(ForeignKey(Cook.id))
    recipe_id: Mapped[uuid.UUID] = mapped_column(ForeignKey(Recipe.id))
    stars: Mapped[int]
    comment: Mapped[Optional[str]] = mapped_column(String(2000))


class Collection(Base):
    __tablename__ = "collections"

    id: Mapped[int] = mapped_column(primary_key=True)
    owner_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("cooks.id"))
    name: Mapped[str] = mapped_column(String(80))
    public: Mapped[bool] = mapped_column(default=True)

    recipes: Mapped[List[Recipe]] = relationship(secondary=collection_recipes)
