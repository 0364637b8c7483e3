from sqlalchemy import Integer, Numeric
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, Money, Owned, code_column


def make_amount(money):
    return mapped_column(Numeric(money.precision, money.scale))


class Owner(Base):
    __tablename__ = "owners"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    code: Mapped[str] = code_column(12)


class Invoice(Owned, Base):
    __tablename__ = "invoices"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    code: Mapped[str] = code_column(20)
    amount = make_amount(Money(10))
