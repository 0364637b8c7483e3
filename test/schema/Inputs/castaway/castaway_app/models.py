"""SQLModel tables (and their API schemas) for shows, episodes and listeners."""
from datetime import datetime
from pydantic import condecimal
from typing import List, Optional
import uuid

from sqlalchemy import Column, DateTime, Enum, Text, UniqueConstraint, func
from sqlmodel import Field, Relationship, SQLModel

from .core import DEFAULT_LANGUAGE, SLUG_MAX
from .enums import EpisodeType, Explicitness


class ShowCategoryLink(SQLModel, table=True):
    __tablename__ = "show_category_link"

    show_id: Optional[int] = Field(default=None, foreign_key="show.id", primary_key=True)
    category_id: Optional[int] = Field(default=None, foreign_key="category.id", primary_key=True)


class Category(SQLModel, table=True):
    id: Optional[int] = Field(default=None, primary_key=True)
    name: str = Field(index=True, max_length=64)
    parent_id: Optional[int] = Field(default=None, foreign_key="category.id")

    shows: List["Show"] = Relationship(back_populates="categories", link_model=ShowCategoryLink)


class ShowBase(SQLModel):
    title: str = Field(max_length=200)
    slug: str = Field(max_length=SLUG_MAX, sa_column_kwargs={"unique": True})
    author: str
    language: str = Field(default=DEFAULT_LANGUAGE, max_length=16)
    explicit: Explicitness = Explicitness.clean
    description: Optional[str] = Field(default=None, sa_column=Column(Text))


class Show(ShowBase, table=True):
    id: Optional[int] = Field(default=None, primary_key=True)
    owner_id: int = Field(foreign_key="host.id")
    created_at: datetime = Field(
        default_factory=datetime.utcnow,
        sa_column=Column(DateTime(timezone=True), server_default=func.now(), nullable=False),
    )
    feed_token: uuid.UUID = Field(default_factory=uuid.uuid4, index=True)

    owner: "Host" = Relationship(back_populates="shows")
    episodes: List["Episode"] = Relationship(back_populates="show")
    categories: List[Category] = Relationship(back_populates="shows", link_model=ShowCategoryLink)


class ShowRead(ShowBase):
    id: int


class Host(SQLModel, table=True):
    id: Optional[int] = Field(default=None, primary_key=True)
    email: str = Field(max_length=255, sa_column_kwargs={"unique": True})
    display_name: Optional[str] = None
    stripe_customer: Optional[str] = Field(default=None, sa_column_kwargs={"comment": "cus_..."}, max_length=40)
    is_active: bool = True
    monthly_fee: condecimal(max_digits=8, decimal_places=2) = Field(default=0)

    shows: List[Show] = Relationship(back_populates="owner")


class EpisodeBase(SQLModel):
    title: str
    episode_number: Optional[int] = None
    season: Optional[int] = Field(default=None, ge=1)
    episode_type: EpisodeType = Field(default=EpisodeType.full)
    duration_seconds: int = 0
    audio_url: str = Field(max_length=1024)
    audio_bytes: Optional[int] = None


class Episode(EpisodeBase, table=True):
    __table_args__ = (UniqueConstraint("show_id", "season", "episode_number"),)

    id: Optional[int] = Field(default=None, primary_key=True)
    show_id: int = Field(foreign_key="show.id", index=True)
    guid: str = Field(default_factory=lambda: uuid.uuid4().hex, max_length=64)
    published_at: Optional[datetime] = Field(default=None, index=True)
    transcript: Optional[str] = Field(default=None, sa_column=Column("transcript_text", Text, nullable=True))

    show: Show = Relationship(back_populates="episodes")
    downloads: List["Download"] = Relationship(back_populates="episode")

    def __repr__(self) -> str:
        return f"Episode(show={self.show_id}, title={self.title!r})"


class Download(SQLModel, table=True):
    id: Optional[int] = Field(default=None, primary_key=True)
    episode_id: int = Field(foreign_key="episode.id")
    downloaded_at: datetime = Field(default_factory=datetime.utcnow)
    country: Optional[str] = Field(default=None, max_length=2)
    user_agent: Optional[str] = Field(default=None, max_length=512)
    platform: Optional[str] = Field(
        default=None,
        sa_column=Column(Enum("ios", "android", "web", "other", name="listen_platform")),
    )
    ip_hash: str = Field(max_length=64, nullable=True, unique=True)
    bytes_served: int = 0

    episode: Episode = Relationship(back_populates="downloads")
