import sqlalchemy as sa
from sqlalchemy import orm


class Base(orm.DeclarativeBase):
    """Plain declarative base; constraint names are left to the database."""


def fk(target: str, **kw) -> sa.ForeignKey:
    """Shorthand used across models: ``fk("agents.id")``."""
    kw.setdefault("ondelete", "CASCADE")
    return sa.ForeignKey(target, **kw)
