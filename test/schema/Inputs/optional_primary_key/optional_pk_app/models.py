"""A mapped_column()'s annotation decides nullability on a primary key too
(the DDL's PRIMARY KEY makes the column NOT NULL all the same)."""
from typing import Optional

from sqlalchemy import Integer, String
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class Base(DeclarativeBase):
    pass


class Token(Base):
    __tablename__ = "tokens"
    id: Mapped[Optional[int]] = mapped_column(primary_key=True)
    value: Mapped[str] = mapped_column(String(64))


class Pair(Base):
    __tablename__ = "pairs"
    left: Mapped[int] = mapped_column(primary_key=True)
    right: Mapped[Optional[str]] = mapped_column(String(10), primary_key=True, nullable=False)
    extra: Mapped[Optional[int]] = mapped_column(Integer, primary_key=True)
