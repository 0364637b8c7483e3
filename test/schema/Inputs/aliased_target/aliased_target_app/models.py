"""A relationship to aliased(Cls, selectable): SQLAlchemy's row-limited
relationship recipe (a window function over the target's rows, as Galaxy's
User.current_galaxy_session). Its target is Cls's mapper."""
from datetime import datetime
from typing import Optional

from sqlalchemy import ForeignKey, String, and_, func, select
from sqlalchemy.orm import DeclarativeBase, Mapped, aliased, mapped_column, relationship


class Base(DeclarativeBase):
    pass


class Account(Base):
    __tablename__ = "accounts"
    id: Mapped[int] = mapped_column(primary_key=True)
    email: Mapped[str] = mapped_column(String(200))


class Login(Base):
    __tablename__ = "logins"
    id: Mapped[int] = mapped_column(primary_key=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("accounts.id"))
    at: Mapped[Optional[datetime]]


ranked_logins = select(
    Login,
    func.row_number()
    .over(order_by=Login.at.desc(), partition_by=Login.account_id)
    .label("rank"),
).alias()
latest_login = aliased(Login, ranked_logins)

Account.latest_login = relationship(
    latest_login,
    primaryjoin=and_(latest_login.account_id == Account.id, ranked_logins.c.rank == 1),
    uselist=False,
    viewonly=True,
)
