from sqlalchemy import ForeignKey
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.base import Base
from app.teams import Team, DEFAULT_TEAM


class User(Base):
    __tablename__ = "users"
    id: Mapped[int] = mapped_column(primary_key=True)
    team_id: Mapped[int] = mapped_column(ForeignKey("teams.id"), default=DEFAULT_TEAM)
    team: Mapped["Team"] = relationship(back_populates="members")
