import datetime as dt
from typing import List, Optional

from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class Base(DeclarativeBase):
    pass


class User(Base):
    __tablename__ = "users"
    id: Mapped[int] = mapped_column(primary_key=True)
    display: Mapped["Optional[str]"]
    joined: Mapped["dt.datetime"]
    score: Mapped["int"]
    tags: Mapped[Optional["str"]]
