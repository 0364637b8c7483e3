from __future__ import annotations

import datetime
import uuid
from fractions import Fraction
from typing import Any, List, Optional

from sqlalchemy import Column, DateTime, ForeignKey, Index, Integer, SmallInteger, String, Text, func, text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base
from .types import FractionType, JsonList, Markdown, SlugType

__all__ = ["Recipe", "Ingredient", "RecipeIngredient", "Step", "Cuisine", "ImportJob"]


class Cuisine(Base):
    __tablename__ = "cuisines"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(60), unique=True)
    region: Mapped[Optional[str]] = mapped_column(String(60))


class Recipe(Base):
    __tablename__ = "recipes"
    __table_args__ = (
        Index("recipes_tags_gin", "tags", postgresql_using="gin"),
        Index("recipes_title_trgm", "title", postgresql_using="gin",
              postgresql_ops={"title": "gin_trgm_ops"}),
    )

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=uuid.uuid4)
    slug: Mapped[str] = mapped_column(SlugType, unique=True)
    title: Mapped[str] = mapped_column(String(140))
    summary: Mapped[Optional[str]] = mapped_column(Markdown)
    cuisine_id: Mapped[Optional[int]] = mapped_column(ForeignKey("cuisines.id", ondelete="SET NULL"))
    servings: Mapped[int] = mapped_column(SmallInteger, default=4)
    prep_minutes: Mapped[Optional[int]]
    cook_minutes: Mapped[Optional[int]]
    tags: Mapped[list[str]] = mapped_column(default=list)
    nutrition: Mapped[Optional[dict[str, Any]]]
    equipment = mapped_column(JsonList, nullable=False, server_default="[]")
    published_at: Mapped[Optional[datetime.datetime]] = mapped_column(index=True)
    created_at: Mapped[datetime.datetime] = mapped_column(server_default=func.now())

    cuisine: Mapped[Optional[Cuisine]] = relationship(lazy="joined")
    ingredients: Mapped[List[RecipeIngredient]] = relationship(
        back_populates="recipe", order_by="RecipeIngredient.position"
    )
    steps: Mapped[List[Step]] = relationship(back_populates="recipe", cascade="all, delete-orphan")

    @property
    def total_minutes(self) -> int:
        return (self.prep_minutes or 0) + (self.cook_minutes or 0)


class Ingredient(Base):
    __tablename__ = "ingredients"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    plural: Mapped[Optional[str]] = mapped_column(String(100))
    aliases: Mapped[list[str]] = mapped_column(server_default=text("'[]'"))
    density_g_ml: Mapped[Optional[float]]
    vegan: Mapped[bool] = mapped_column(default=False)


class RecipeIngredient(Base):
    __tablename__ = "recipe_ingredients"

    recipe_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("recipes.id", ondelete="CASCADE"), primary_key=True)
    position: Mapped[int] = mapped_column(SmallInteger, primary_key=True)
    ingredient_id: Mapped[int] = mapped_column(ForeignKey(Ingredient.id))
    quantity: Mapped[Optional[Fraction]] = mapped_column(FractionType())
    unit: Mapped[Optional[str]] = mapped_column(String(16))
    note: Mapped[Optional[str]] = mapped_column(String(120))

    recipe: Mapped[Recipe] = relationship(back_populates="ingredients")
    ingredient: Mapped[Ingredient] = relationship()


class Step(Base):
    __tablename__ = "steps"

    id: Mapped[int] = mapped_column(primary_key=True)
    recipe_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("recipes.id"))
    number: Mapped[int]
    instruction: Mapped[str] = mapped_column(Markdown)
    timer_seconds: Mapped[Optional[int]]
    image_url: Mapped[Optional[str]] = mapped_column(String(400))

    recipe: Mapped[Recipe] = relationship(back_populates="steps")


class ImportJob(Base):
    """Scraper import jobs.  Still written in the 1.x style; not yet migrated to Mapped[]."""

    __tablename__ = "import_jobs"
    __allow_unmapped__ = True

    id = Column(Integer, primary_key=True)
    source_url: str = Column(String(2048), nullable=False)
    status: str = Column(String(16), nullable=False, default="pending")
    error = Column(Text)
    recipe_id: Optional[uuid.UUID] = Column(ForeignKey("recipes.id"))
    started_at = Column(DateTime(timezone=True))
    finished_at = Column(DateTime(timezone=True))

    recipe: Optional[Recipe] = relationship(Recipe)
