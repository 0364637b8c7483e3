from typing import Optional
from sqlalchemy import ForeignKey, String
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class Base(DeclarativeBase):
    pass


class Invoice(Base):
    __tablename__ = "invoice"
    id: Mapped[int] = mapped_column(primary_key=True)


class CreditNote(Invoice):
    """joined subclass whose table has no primary key of its own: SQLAlchemy maps it (the mapper's
    primary key is the base table's)"""
    __tablename__ = "credit_note"
    id: Mapped[int] = mapped_column(ForeignKey("invoice.id"), index=True)
    reason: Mapped[Optional[str]] = mapped_column(String(200))
