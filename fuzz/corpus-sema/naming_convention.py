#--- naming_convention_app/__init__.py
"""Alembic-friendly constraint names via a MetaData naming convention (1.4 style)."""
#--- naming_convention_app/db.py
from sqlalchemy import MetaData
from sqlalchemy.orm import declarative_base


def _all_column_names(constraint, table):
    """Custom token: every column of the constraint, joined with underscores."""
    return "_".join(c.name for c in constraint.columns.values())


convention = {
    "all_column_names": _all_column_names,
    "ix": "ix_%(table_name)s_%(all_column_names)s",
    "uq": "uq_%(table_name)s_%(all_column_names)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s_%(referred_column_0_name)s",
    "pk": "pk_%(table_name)s",
}

metadata = MetaData(naming_convention=convention)
Base = declarative_base(metadata=metadata)
#--- naming_convention_app/models.py
import enum

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Column,
    Enum,
    ForeignKey,
    Index,
    Integer,
    String,
    UniqueConstraint,
)
from sqlalchemy.sql.elements import conv

from .db import Base


class Visibility(enum.Enum):
    public = "public"
    private = "private"


class Team(Base):
    __tablename__ = "teams"

    id = Column(Integer, primary_key=True)
    slug = Column(String(40), nullable=False, unique=True)
    # the type's name becomes %(constraint_name)s of its CHECK where one is made
    archived = Column(Boolean(create_constraint=True, name="archived_bool"), default=False)
    visibility = Column(
        Enum(Visibility, name="visibility", native_enum=False, create_constraint=True),
        nullable=False,
        default=Visibility.public,
    )


class Player(Base):
    __tablename__ = "players"
    __table_args__ = (
        UniqueConstraint("team_id", "shirt_number"),
        CheckConstraint("shirt_number BETWEEN 1 AND 99", name="shirt_range"),
        # conv(): the name is final, the convention is not applied
        Index(conv("players_lookup_idx"), "last_name", "first_name"),
        Index(None, "team_id", "last_name"),
    )

    id = Column(Integer, primary_key=True)
    team_id = Column(Integer, ForeignKey("teams.id"), nullable=False)
    first_name = Column(String(50))
    last_name = Column(String(50), index=True)
    shirt_number = Column(Integer)
    position = Column(Enum("GK", "DF", "MF", "FW", name="position", create_constraint=True))

    def __str__(self):
        return "{} {} (#{})".format(self.first_name, self.last_name, self.shirt_number)
