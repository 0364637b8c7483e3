"""Compatibility shims so the models run on SQLAlchemy 1.4 and 2.0."""
from sqlalchemy import CHAR, MetaData

try:
    import orjson as _json

    def dumps(value):
        return _json.dumps(value).decode()
except ImportError:  # pragma: no cover - orjson is optional
    import json as _json

    def dumps(value):
        return _json.dumps(value, separators=(",", ":"))

try:
    from sqlalchemy import Uuid  # SQLAlchemy 2.0

    UUIDType = Uuid(as_uuid=False)
except ImportError:  # SQLAlchemy 1.4
    UUIDType = CHAR(36)

metadata = MetaData(naming_convention={
    "ix": "ix_%(table_name)s_%(column_0_name)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s",
    "pk": "pk_%(table_name)s",
})

try:
    from sqlalchemy.orm import DeclarativeBase

    class Base(DeclarativeBase):
        metadata = metadata
except ImportError:
    from sqlalchemy.orm import declarative_base

    Base = declarative_base(metadata=metadata)

__all__ = ["Base", "UUIDType", "dumps", "metadata"]
