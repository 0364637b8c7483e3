from sqlalchemy import (
    CheckConstraint, Column, Float, ForeignKey, Index, Integer, String, Table, UniqueConstraint,
    Unicode, BigInteger, Boolean,
)

from .common import ISO2, ISO3, LANG, RequiredColumn, audit_columns, code_column, metadata, pk

__all__ = ["countries", "regions", "places", "place_names", "LEVELS", "name_tables"]

LEVELS = ("country", "region", "place")

countries = Table(
    "countries", metadata,
    code_column("iso2", ISO2, primary_key=True),
    code_column("iso3", ISO3, unique=True),
    RequiredColumn("name", Unicode(120)),
    Column("capital", Unicode(120)),
    Column("population", BigInteger),
    Column("area_km2", Float),
    Column("eu_member", Boolean, default=False),
    *audit_columns(),
    comment="ISO 3166-1 countries",
)

regions = Table(
    "regions", metadata,
    pk(),
    Column("country_iso2", String(ISO2), ForeignKey("countries.iso2", onupdate="CASCADE"), nullable=False),
    code_column("code", 10),
    RequiredColumn("name", Unicode(120)),
    Column("parent_id", Integer, ForeignKey("regions.id")),
    UniqueConstraint("country_iso2", "code", name="uq_regions_country_code"),
)

places = Table(
    "places", metadata,
    pk("place_id"),
    RequiredColumn("region_id", Integer, ForeignKey("regions.id", ondelete="CASCADE")),
    RequiredColumn("name", Unicode(200), index=True),
    Column("lat", Float, nullable=False),
    Column("lon", Float, nullable=False),
    Column("elevation_m", Integer),
    Column("feature_class", String(1), nullable=False, server_default="P"),
    CheckConstraint("lat BETWEEN -90 AND 90", name="ck_places_lat"),
    CheckConstraint("lon BETWEEN -180 AND 180", name="ck_places_lon"),
    *audit_columns(),
)
Index("ix_places_latlon", places.c.lat, places.c.lon)

# alternate names, one table per level: country_names, region_names, place_names
name_tables = {}
for level in LEVELS:
    ref = "countries.iso2" if level == "country" else "%ss.%s" % (level, "place_id" if level == "place" else "id")
    key_type = String(ISO2) if level == "country" else Integer
    name_tables[level] = Table(
        f"{level}_names", metadata,
        pk(),
        Column(f"{level}_ref", key_type, ForeignKey(ref, ondelete="CASCADE"), nullable=False),
        code_column("lang", LANG),
        RequiredColumn("name", Unicode(200)),
        Column("is_preferred", Boolean, nullable=False, default=False),
        UniqueConstraint(f"{level}_ref", "lang", "name"),
    )

place_names = name_tables["place"]
