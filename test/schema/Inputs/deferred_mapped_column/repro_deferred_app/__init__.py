from typing import Optional

from sqlalchemy import Integer, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, column_property, deferred, mapped_column


class Base(DeclarativeBase):
    pass


class Page(Base):
    __tablename__ = "pages"
    id: Mapped[int] = mapped_column(primary_key=True)
    body: Mapped[str] = deferred(mapped_column(Text))
    rank: Mapped[int] = column_property(mapped_column(Integer))
    summary: Mapped[Optional[str]] = deferred(mapped_column(Text, nullable=False))
    note: Mapped[str] = mapped_column(Text, deferred=True)
