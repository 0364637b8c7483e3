"""__declare_first__ and __declare_last__: SQLAlchemy calls them as it configures the mappers."""

from sqlalchemy import Column, ForeignKey, Index, Integer, String, event
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, validates


class Base(DeclarativeBase):
    pass


class AuditMixin:
    @classmethod
    def __declare_last__(cls):
        cls.__table__.append_column(Column("audited_by", String(40)))


class Account(AuditMixin, Base):
    __tablename__ = "accounts"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(40))

    @classmethod
    def __declare_first__(cls):
        Index("ix_accounts_name", cls.__table__.c.name)


class Note(Base):
    __tablename__ = "notes"
    id: Mapped[int] = mapped_column(primary_key=True)
    body: Mapped[str] = mapped_column(String(200))

    @classmethod
    def __declare_last__(cls):
        @event.listens_for(cls.body, "set")
        def on_set(target, value, old, initiator):
            pass


class SubAccount(Account):
    __tablename__ = "sub_accounts"
    id: Mapped[int] = mapped_column(ForeignKey("accounts.id"), primary_key=True)
