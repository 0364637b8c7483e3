import functools

from sqlalchemy import Column, DateTime, Integer, MetaData, String, func

SCHEMA_VERSION = 7

metadata = MetaData()

# house style: required columns are NOT NULL unless said otherwise
RequiredColumn = functools.partial(Column, nullable=False)

# ISO 3166 / 639 code lengths
ISO2 = 2
ISO3 = 3
LANG = 8


def pk(name="id"):
    return Column(name, Integer, primary_key=True)


def code_column(name, length, **kw):
    """A short ASCII code (country, region, language...)."""
    return Column(name, String(length), nullable=False, **kw)


def audit_columns():
    """``loaded_at`` / ``source`` pair added to every warehouse table."""
    return [
        Column("loaded_at", DateTime, nullable=False, server_default=func.current_timestamp()),
        Column("source", String(40), nullable=False, server_default="manual"),
    ]
