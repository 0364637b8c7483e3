from sqlalchemy import Integer
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, Owned, code_column
from .models import make_amount
from .base import Money


class Refund(Owned, Base):
    __tablename__ = "refunds"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    code: Mapped[str] = code_column(8)
    amount = make_amount(Money(12, 4))
