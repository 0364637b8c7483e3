from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.base import Base
from app.users import User

DEFAULT_TEAM = 1


class Team(Base):
    __tablename__ = "teams"
    id: Mapped[int] = mapped_column(primary_key=True)
    members: Mapped[list["User"]] = relationship(back_populates="team")
