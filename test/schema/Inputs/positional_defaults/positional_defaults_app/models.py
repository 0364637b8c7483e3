"""DefaultClause and ColumnDefault given among a column's items, not as
server_default= / default= (Lemur's Column(ArrowType, DefaultClause(
func.now()), nullable=False)): each sets the default as it attaches, after
the keywords; for_update=True sets the onupdate form instead."""
from datetime import datetime

from sqlalchemy import (
    Column,
    DateTime,
    DefaultClause,
    FetchedValue,
    Integer,
    String,
    func,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column
from sqlalchemy.schema import ColumnDefault


class Base(DeclarativeBase):
    pass


class Log(Base):
    __tablename__ = "logs"

    id = Column(Integer, primary_key=True)
    logged_at = Column(DateTime, DefaultClause(func.now()), nullable=False)
    kind = Column(String(10), DefaultClause("x"))
    created = Column(DateTime, server_default=DefaultClause(func.now()))
    touched = Column(DateTime, DefaultClause(text("now()"), for_update=True))
    level = Column(Integer, ColumnDefault(5))
    stamped = Column(DateTime, ColumnDefault(datetime.utcnow))
    fetched = Column(Integer, FetchedValue())
    # What server_default= makes attaches after the item: it wins.
    source = Column(String(10), DefaultClause("item"), server_default="keyword")


class Event(Base):
    __tablename__ = "events"

    id: Mapped[int] = mapped_column(primary_key=True)
    happened_at: Mapped[datetime] = mapped_column(DefaultClause(func.now()))
    retries: Mapped[int] = mapped_column(ColumnDefault(0))
