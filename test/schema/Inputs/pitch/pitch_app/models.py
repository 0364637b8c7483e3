"""ORM classes, mapped onto the Core tables where they exist."""
import datetime

from sqlalchemy import Column, Date, Enum, ForeignKey, Integer, String
from sqlalchemy.ext.declarative import declarative_base
from sqlalchemy.orm import column_property, registry, relationship

from .schema import fixtures, metadata, teams, venues
from .settings import EXTENDED_STATS, POSITIONS, TRACK_AGENTS

Base = declarative_base(metadata=metadata)
mapper_registry = registry(metadata=metadata)


class Venue(object):
    """Mapped imperatively below."""

    def __repr__(self):
        return "Venue(%r)" % self.name


mapper_registry.map_imperatively(Venue, venues)


class Team(Base):
    __table__ = teams

    venue = relationship(Venue)
    players = relationship("Player", back_populates="team")


class Fixture(Base):
    __table__ = fixtures

    home_team = relationship(Team, foreign_keys=[fixtures.c.home_team_id])
    away_team = relationship(Team, foreign_keys=[fixtures.c.away_team_id])

    @property
    def result(self):
        if self.home_score is None:
            return None
        return "%d-%d" % (self.home_score, self.away_score)


class Player(Base):
    __tablename__ = "players"

    id = Column(Integer, primary_key=True)
    team_id = Column(Integer, ForeignKey("teams.id"))
    first_name = Column(String(50), nullable=False)
    last_name = Column(String(50), nullable=False)
    shirt_number = Column(Integer)
    position = Column(Enum(*POSITIONS, name="player_position"), nullable=False)
    date_of_birth = Column(Date)
    registered_on = Column(Date, default=datetime.date.today)

    if EXTENDED_STATS:
        preferred_foot = Column(String(5))
        height_cm = Column(Integer)
    if TRACK_AGENTS:
        agent_name = Column(String(100))
    else:
        agent_name = None

    team = relationship(Team, back_populates="players")
    full_name = column_property(first_name + " " + last_name)


class Referee(Base):
    __tablename__ = "referees"

    id = Column(Integer, primary_key=True)
    name = Column(String(100), nullable=False)
    grade = Column(Enum("regional", "national", "international", name="referee_grade", native_enum=False),
                   default="regional")


class Appointment(Base):
    __tablename__ = "appointments"

    fixture_id = Column(Integer, ForeignKey("fixtures.id"), primary_key=True)
    referee_id = Column(Integer, ForeignKey("referees.id"), primary_key=True)
    role = Column(String(10), nullable=False, default="main")

    fixture = relationship(Fixture, backref="appointments")
    referee = relationship(Referee)
