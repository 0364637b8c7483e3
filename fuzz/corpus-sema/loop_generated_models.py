#--- loop_generated_models_app/__init__.py
"""Reference-data tables generated in loops and by a class factory."""
#--- loop_generated_models_app/base.py
from sqlalchemy import Column, Integer, String
from sqlalchemy.orm import declarative_base

Base = declarative_base()


class LookupMixin:
    """Shared shape of every lookup table."""

    id = Column(Integer, primary_key=True)
    label = Column(String(100), nullable=False)

    def __str__(self):
        return self.label


def make_lookup(name, code_length=3, extra=None):
    """Build a mapped lookup class called `name` on table `<name>_codes`."""
    attrs = {
        "__tablename__": name.lower() + "_codes",
        "code": Column(String(code_length), unique=True, nullable=False),
    }
    attrs.update(extra or {})
    return type(name, (LookupMixin, Base), attrs)
#--- loop_generated_models_app/lookups.py
from sqlalchemy import Boolean, Column, Integer

from .base import make_lookup

LOOKUPS = [
    ("Country", 2),
    ("Currency", 3),
    ("Language", 5),
]

for _name, _length in LOOKUPS:
    globals()[_name] = make_lookup(_name, _length)

Timezone = make_lookup("Timezone", 64, {"utc_offset_minutes": Column(Integer, default=0)})

REGISTRY = {
    kind: make_lookup(kind.title().replace("_", ""), 8, {"active": Column(Boolean, default=True)})
    for kind in ["payment_method", "shipping_method"]
}
#--- loop_generated_models_app/stats.py
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
