from typing import Optional

from sqlalchemy import Column, ForeignKey, Integer, String, Table
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class Base(DeclarativeBase):
    pass


Table("owners", Base.metadata, Column("id", Integer, primary_key=True))
Table("sponsors", Base.metadata, Column("id", Integer, primary_key=True))
Table(
    "pets",
    Base.metadata,
    Column("id", Integer, primary_key=True),
    Column("owner_id", ForeignKey("owners.id")),
    Column("note", String(40)),
    schema="zoo",
)


class Pet(Base):
    __tablename__ = "pets"
    __table_args__ = {"extend_existing": True, "schema": "zoo", "comment": "mapped"}
    id: Mapped[int] = mapped_column(primary_key=True)
    owner_id: Mapped[int] = mapped_column(ForeignKey("sponsors.id"))
    size: Mapped[Optional[str]] = mapped_column(String(10))


class Toy(Base):
    __tablename__ = "toys"
    __table_args__ = {"extend_existing": True}
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(20))
