from sqlalchemy import (
    CheckConstraint,
    Column,
    DateTime,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    func,
)
from sqlalchemy.orm import declarative_base

Base = declarative_base()


class Item(Base):
    __tablename__ = "items"
    id = Column(Integer, primary_key=True)
    name = Column(String(50), nullable=False)
    made = Column(
        DateTime, server_default=func.coalesce(func.now(), func.current_timestamp())
    )
    stamp = Column(DateTime, server_default=func.now())
    __table_args__ = (
        CheckConstraint(func.char_length(name) > 2, name="ck_name_len"),
        CheckConstraint(func.lower(func.trim(name)) != "", name="ck_name_trim"),
        CheckConstraint(made <= func.current_timestamp(), name="ck_made_past"),
        Index("ix_items_len", func.char_length(name)),
        Index("ix_items_now", func.coalesce(made, func.now())),
        Index("ix_items_user", func.coalesce(name, func.current_user())),
    )


archive = Table(
    "archived_items",
    Base.metadata,
    Column("id", Integer, primary_key=True),
    Column("title", String(80)),
    CheckConstraint("length(title) < 81", name="ck_title"),
    schema="history",
)
Index("ix_archived_title_len", func.char_length(archive.c.title))
