"""Indico's naming convention: tokens computed by callables that iterate
the constraint's columns and read an index's `unique`."""
import sqlalchemy as sa
from sqlalchemy.orm import declarative_base


def _column_names(constraint, table):
    return "_".join((c if isinstance(c, str) else c.name) for c in constraint.columns)


def _unique_index(constraint, table):
    return "uq_" if constraint.unique else ""


metadata = sa.MetaData(
    naming_convention={
        "fk": "fk_%(table_name)s_%(column_names)s_%(referred_table_name)s",
        "pk": "pk_%(table_name)s",
        "ix": "ix_%(unique_index)s%(table_name)s_%(column_names)s",
        "uq": "uq_%(table_name)s_%(column_names)s",
        "column_names": _column_names,
        "unique_index": _unique_index,
    }
)
NamedBase = declarative_base(metadata=metadata)


class Event(NamedBase):
    __tablename__ = "events"
    __table_args__ = (sa.UniqueConstraint("id", "code"), {"schema": "events"})
    id = sa.Column(sa.Integer, primary_key=True)
    code = sa.Column(sa.String(20), index=True)
    slug = sa.Column(sa.String(20), index=True, unique=True)


class Contribution(NamedBase):
    __tablename__ = "contributions"
    __table_args__ = {"schema": "events"}
    id = sa.Column(sa.Integer, primary_key=True)
    event_id = sa.Column(sa.Integer, sa.ForeignKey("events.events.id"), unique=True)
