"""Hold queue.  Written against the `orm` namespace, as in the upstream docs of the time."""
import datetime
import typing as t

import sqlalchemy as sa
from sqlalchemy import orm

from .base import Base

HOLD_EXPIRY_DAYS = 7


class Hold(Base):
    __tablename__ = "holds"
    __table_args__ = (sa.UniqueConstraint("item_id", "patron_id"),)

    id: orm.Mapped[int] = orm.mapped_column(primary_key=True)
    item_id: orm.Mapped[int] = orm.mapped_column(sa.ForeignKey("items.id"))
    patron_id: orm.Mapped[int] = orm.mapped_column(sa.ForeignKey("patrons.id", ondelete="CASCADE"))
    pickup_branch: orm.Mapped[str] = orm.mapped_column(sa.String(8))
    placed_at: orm.Mapped[datetime.datetime] = orm.mapped_column(server_default=sa.func.now())
    position: orm.Mapped[int] = orm.mapped_column(sa.SmallInteger, default=1)
    expires_on: orm.Mapped[t.Optional[datetime.date]]
    notified: orm.Mapped[bool] = orm.mapped_column(default=False)

    item = orm.relationship("Item")
    patron: orm.Mapped["Patron"] = orm.relationship()  # noqa: F821
