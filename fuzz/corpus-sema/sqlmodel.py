#--- sqlmodel_app/__init__.py
"""Heroes and teams with SQLModel (Pydantic + SQLAlchemy)."""
#--- sqlmodel_app/links.py
from typing import Optional

from sqlmodel import Field, SQLModel


class HeroMissionLink(SQLModel, table=True):
    hero_id: Optional[int] = Field(default=None, foreign_key="hero.id", primary_key=True)
    mission_id: Optional[int] = Field(default=None, foreign_key="missions.id", primary_key=True)
#--- sqlmodel_app/models.py
import uuid
from datetime import datetime
from typing import List, Optional

from sqlmodel import Field, Relationship, SQLModel

from .links import HeroMissionLink


class TeamBase(SQLModel):
    """Shared fields; not a table (used for API schemas too)."""

    name: str = Field(index=True, max_length=100)
    headquarters: str


class Team(TeamBase, table=True):
    id: Optional[int] = Field(default=None, primary_key=True)
    budget: float = 0.0
    heroes: List["Hero"] = Relationship(back_populates="team")


class TeamCreate(TeamBase):
    pass


class Hero(SQLModel, table=True):
    id: Optional[int] = Field(default=None, primary_key=True)
    public_id: uuid.UUID = Field(default_factory=uuid.uuid4, unique=True)
    name: str = Field(index=True)
    secret_name: str
    age: Optional[int] = Field(default=None, index=True)
    is_active: bool = True
    created_at: datetime = Field(default_factory=datetime.utcnow, nullable=False)
    team_id: Optional[int] = Field(default=None, foreign_key="team.id")

    team: Optional[Team] = Relationship(back_populates="heroes")
    missions: List["Mission"] = Relationship(back_populates="heroes", link_model=HeroMissionLink)

    def __repr__(self) -> str:
        return f"Hero({self.name!r})"


class Mission(SQLModel, table=True):
    __tablename__ = "missions"

    id: Optional[int] = Field(default=None, primary_key=True)
    codename: str = Field(max_length=40, sa_column_kwargs={"unique": True})
    difficulty: int = Field(default=1)
    reward: Optional[float] = None

    heroes: List[Hero] = Relationship(back_populates="missions", link_model=HeroMissionLink)
