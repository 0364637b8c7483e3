"""Yearly indicator tables, generated from a list of indicator families."""
from sqlalchemy import Column, ForeignKey, Integer, Numeric, PrimaryKeyConstraint, SmallInteger, String, Table

from .common import ISO2, audit_columns, metadata

__all__ = ["indicator_tables", "INDICATORS", "datasets"]

INDICATORS = {
    "population": Numeric(14, 0),
    "gdp": Numeric(20, 2),
    "co2": Numeric(14, 3),
}

datasets = Table(
    "datasets", metadata,
    Column("id", Integer, primary_key=True),
    Column("code", String(32), nullable=False, unique=True),
    Column("title", String(200), nullable=False),
    Column("licence", String(40)),
    Column("version", SmallInteger, nullable=False, server_default="1"),
)

indicator_tables = {}
for _name, _type in INDICATORS.items():
    indicator_tables[_name] = Table(
        "stat_%s_yearly" % _name, metadata,
        Column("country_iso2", String(ISO2), ForeignKey("countries.iso2"), nullable=False),
        Column("year", SmallInteger, nullable=False),
        Column("value", _type),
        Column("dataset_id", Integer, ForeignKey("datasets.id")),
        PrimaryKeyConstraint("country_iso2", "year", name=f"pk_stat_{_name}"),
        *audit_columns(),
    )
del _name, _type
