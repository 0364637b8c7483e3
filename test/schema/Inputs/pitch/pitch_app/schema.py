"""Core tables.  Some are mapped in models.py, the rest are used with Core queries only."""
from sqlalchemy import (
    Boolean, Column, Date, Time, ForeignKey, Integer, MetaData, SmallInteger, String, Table,
    UniqueConstraint, CheckConstraint, Index, func, text,
)

from . import settings

metadata = MetaData()

venues = Table(
    "venues",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("name", String(100), nullable=False),
    Column("city", String(60), nullable=False),
    Column("capacity", Integer),
    Column("surface", String(12), server_default="grass"),
    Column("floodlights", Boolean, nullable=False, server_default=text("1")),
)

teams = Table(
    "teams",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("name", String(80), nullable=False, unique=True),
    Column("short_name", String(3), nullable=False),
    Column("founded", SmallInteger),
    Column("home_venue_id", Integer, ForeignKey("venues.id")),
    Column("colours", String(40)),
    comment="Clubs registered with the league",
)

fixtures = Table(
    "fixtures",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("season", String(9), nullable=False),
    Column("round", SmallInteger, nullable=False),
    Column("home_team_id", Integer, ForeignKey("teams.id"), nullable=False),
    Column("away_team_id", Integer, ForeignKey("teams.id"), nullable=False),
    Column("venue_id", Integer, ForeignKey(venues.c.id)),
    Column("kickoff", Date),
    Column("kickoff_time", Time, key="kickoff_at"),
    Column("home_score", SmallInteger),
    Column("away_score", SmallInteger),
    UniqueConstraint("season", "round", "home_team_id"),
    CheckConstraint("home_team_id <> away_team_id", name="ck_fixture_teams"),
    Index("ix_fixtures_season_round", "season", "round"),
)

# one running-total table per statistic, e.g. stats.goals_totals
stat_tables = {}
for kind in settings.STAT_KINDS:
    stat_tables[kind] = Table(
        f"{kind}_totals",
        metadata,
        Column("player_id", Integer, ForeignKey("players.id"), primary_key=True),
        Column("season", String(9), primary_key=True),
        Column(kind, Integer, nullable=False, default=0),
        Column("updated", Date, server_default=func.current_date()),
        schema=settings.STATS_SCHEMA,
    )

standings = Table(
    "%s_standings" % "league",
    metadata,
    Column("season", String(9), primary_key=True),
    Column("team_id", Integer, ForeignKey("teams.id"), primary_key=True),
    *[Column("{}_{}".format(prefix, what), SmallInteger, nullable=False, default=0)
      for prefix in ("home", "away") for what in ("won", "drawn", "lost")],
    Column("points", SmallInteger, nullable=False, default=0),
)
