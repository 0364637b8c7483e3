import enum

from sqlalchemy import Enum, MetaData
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class Color(enum.Enum):
    RED = "red"
    BLUE = "blue"


class Base(DeclarativeBase):
    metadata = MetaData(schema="app")


class Thing(Base):
    __tablename__ = "things"
    id: Mapped[int] = mapped_column(primary_key=True)
    # takes the table's schema -> CREATE TYPE app.color3
    color3: Mapped[Color] = mapped_column(Enum(Color, name="color3", inherit_schema=True))
    # takes the MetaData's schema -> app.mood
    mood: Mapped[str] = mapped_column(Enum("ok", "meh", name="mood", metadata=Base.metadata))


class Other(Base):
    __tablename__ = "others"
    __table_args__ = {"schema": "audit"}
    id: Mapped[int] = mapped_column(primary_key=True)
    color: Mapped[Color] = mapped_column(Enum(Color, inherit_schema=True))   # audit.color
