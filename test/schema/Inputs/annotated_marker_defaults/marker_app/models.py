"""An Annotated alias's mapped_column() default against the use site's:
SQLAlchemy 2.0 keeps the alias's unless the use site gives insert_default."""
import decimal
from typing import Annotated

from sqlalchemy import Integer, Numeric, String
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

money = Annotated[
    decimal.Decimal, mapped_column(Numeric(12, 2), default=decimal.Decimal("0.00"))
]
counter = Annotated[int, mapped_column(Integer, insert_default=0)]
label = Annotated[str, mapped_column(String(40))]


class Base(DeclarativeBase):
    pass


class Payment(Base):
    __tablename__ = "payments"
    id: Mapped[int] = mapped_column(primary_key=True)
    amount: Mapped[money] = mapped_column(default=decimal.Decimal("1"))
    fee: Mapped[money] = mapped_column(insert_default=decimal.Decimal("2.50"))
    tax: Mapped[money]
    retries: Mapped[counter] = mapped_column(default=3)
    note: Mapped[label] = mapped_column(default="none")
