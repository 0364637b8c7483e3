"""Per-period rollup tables, identical apart from their names."""
from sqlalchemy import BigInteger, Column, Date, ForeignKey, Integer, String, Table

from .base import Base

PERIODS = ["daily", "weekly", "monthly"]
stats_tables = {}

for period in PERIODS:
    stats_tables[period] = Table(
        f"{period}_sales",
        Base.metadata,
        Column("period_start", Date, primary_key=True),
        Column("country_id", Integer, ForeignKey("country_codes.id"), primary_key=True),
        Column("orders", Integer, nullable=False, server_default="0"),
        Column("revenue_cents", BigInteger),
        comment=f"{period.capitalize()} sales rollup",
    )

for i, channel in enumerate(("web", "app")):
    Table(
        "channel_%s_visits" % channel,
        Base.metadata,
        Column("day", Date, primary_key=True),
        Column("source", String(20 * (i + 1))),
    )
