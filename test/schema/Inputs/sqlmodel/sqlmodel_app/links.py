from typing import Optional

from sqlmodel import Field, SQLModel


class HeroMissionLink(SQLModel, table=True):
    hero_id: Optional[int] = Field(default=None, foreign_key="hero.id", primary_key=True)
    mission_id: Optional[int] = Field(default=None, foreign_key="missions.id", primary_key=True)
