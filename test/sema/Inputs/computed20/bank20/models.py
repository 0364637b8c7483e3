# Computed attributes in SQLAlchemy 2.0's style (Mapped, mapped_column): what
# each one reads is in ../expected-reads.txt, as SQLAlchemy 2.0 reports it.
from decimal import Decimal
from typing import Optional

from sqlalchemy import ForeignKey, Numeric, String, Text, func, select
from sqlalchemy.ext.hybrid import hybrid_property
from sqlalchemy.orm import (
    DeclarativeBase,
    Mapped,
    column_property,
    declared_attr,
    mapped_column,
    relationship,
    synonym,
)


class Base(DeclarativeBase):
    pass


class NamedMixin:
    first: Mapped[str] = mapped_column(String(50))
    last: Mapped[str] = mapped_column(String(50))

    # Runs for each class, over that class's copies of the columns.
    @declared_attr
    def shout(cls) -> Mapped[str]:
        return column_property(func.upper(cls.first))

    @hybrid_property
    def display(self) -> str:
        return self.first + " " + self.last


class Entry(Base):
    __tablename__ = "entries"

    id: Mapped[int] = mapped_column(primary_key=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("accounts.id"))
    amount: Mapped[Decimal] = mapped_column(Numeric(10, 2))

    account: Mapped["Account"] = relationship(back_populates="entries")


class Account(NamedMixin, Base):
    __tablename__ = "accounts"

    id: Mapped[int] = mapped_column(primary_key=True)
    balance: Mapped[Decimal] = mapped_column(Numeric(10, 2))
    fee: Mapped[Optional[Decimal]] = mapped_column(Numeric(10, 2))
    # deferred, yet a column: no computed attribute
    memo: Mapped[Optional[str]] = mapped_column(Text, deferred=True)

    entry_count: Mapped[int] = column_property(
        select(func.count(Entry.id))
        .where(Entry.account_id == id)
        .correlate_except(Entry)
        .scalar_subquery()
    )
    surname: Mapped[str] = synonym("last")

    entries: Mapped[list[Entry]] = relationship(back_populates="account")

    @hybrid_property
    def net(self) -> Decimal:
        return self.balance - self.fee

    # Python over a relationship; SQL over the other table. SQLAlchemy
    # lists the hybrid under both names.
    @hybrid_property
    def total(self) -> Decimal:
        return sum(entry.amount for entry in self.entries)

    @total.inplace.expression
    @classmethod
    def _total_expression(cls):
        return select(func.sum(Entry.amount)).where(Entry.account_id == cls.id).scalar_subquery()

    @hybrid_property
    def headline(self) -> str:
        # another hybrid: what it reads
        return self.display.upper()


class Branch(NamedMixin, Base):
    __tablename__ = "branches"

    id: Mapped[int] = mapped_column(primary_key=True)


# Added after the classes: Account.first is Account's copy of the mixin's
# column, not Branch's.
Account.initial = column_property(func.substr(Account.first, 1, 1))
