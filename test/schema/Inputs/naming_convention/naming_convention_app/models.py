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
        # even one that builds on %(constraint_name)s; but a conv() name is
        # shortened to the dialect's limit as a convention's result is, and
        # a str made from one is a plain str again
        CheckConstraint("shirt_number <> 13", name=conv("no_thirteen")),
        CheckConstraint("first_name <> ''", name=conv("first_name_" + "is_not_empty_" * 5)),
        CheckConstraint("last_name <> ''", name=conv("last_name") + "_set"),
        Index(None, "team_id", "last_name"),
    )

    id = Column(Integer, primary_key=True)
    team_id = Column(Integer, ForeignKey("teams.id"), nullable=False)
    first_name = Column(String(50))
    last_name = Column(String(50), index=True)
    shirt_number = Column(Integer, CheckConstraint("shirt_number >= 0", name=conv("shirt_number_positive")))
    position = Column(Enum("GK", "DF", "MF", "FW", name="position", create_constraint=True))

    def __str__(self):
        return "{} {} (#{})".format(self.first_name, self.last_name, self.shirt_number)
