from __future__ import annotations

import datetime
from typing import List, Optional

from sqlalchemy import CheckConstraint, ForeignKey, Numeric, String, UniqueConstraint, text
from sqlalchemy.ext.hybrid import hybrid_property
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base
from .items import Copy

LOAN_DAYS = 21


def default_due_date() -> datetime.date:
    return datetime.date.today() + datetime.timedelta(days=LOAN_DAYS)


class Patron(Base):
    __tablename__ = "patrons"
    __table_args__ = {"comment": "Library card holders"}

    id: Mapped[int] = mapped_column(primary_key=True)
    card_number: Mapped[str] = mapped_column(String(14), unique=True)
    name: Mapped[str] = mapped_column(String(120))
    email: Mapped[Optional[str]] = mapped_column(String(254))
    home_branch: Mapped[str] = mapped_column(String(8))
    fines_owed: Mapped[float] = mapped_column(Numeric(8, 2, asdecimal=False), server_default=text("0"))
    blocked: Mapped[bool] = mapped_column(default=False)

    loans: Mapped[List[Loan]] = relationship(back_populates="patron")

    @hybrid_property
    def can_borrow(self) -> bool:
        return not self.blocked and self.fines_owed < 10


class Loan(Base):
    __tablename__ = "loans"
    __table_args__ = (
        UniqueConstraint("copy_id", "returned_on", name="uq_loans_open_copy"),
        CheckConstraint("due_on >= loaned_on"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    copy_id: Mapped[int] = mapped_column(ForeignKey(Copy.id))
    patron_id: Mapped[int] = mapped_column(ForeignKey("patrons.id"))
    loaned_on: Mapped[datetime.date] = mapped_column(default=datetime.date.today)
    due_on: Mapped[datetime.date] = mapped_column(default=default_due_date)
    returned_on: Mapped[Optional[datetime.date]]
    renewals: Mapped[int] = mapped_column(default=0)

    copy: Mapped[Copy] = relationship(back_populates="loans")
    patron: Mapped[Patron] = relationship(back_populates="loans")
