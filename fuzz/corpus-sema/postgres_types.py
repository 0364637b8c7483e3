#--- postgres_types_app/__init__.py
"""Analytics store tuned for PostgreSQL, still deployable on MySQL and SQLite."""
#--- postgres_types_app/models.py
import datetime
import uuid
from typing import Any, Optional

import sqlalchemy as sa
from sqlalchemy import ForeignKey, Index, String
from sqlalchemy.dialects import postgresql as pg
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from . import portable as pt


class Base(DeclarativeBase):
    type_annotation_map = {dict[str, Any]: pt.JsonDoc}


class Device(Base):
    __tablename__ = "devices"

    id: Mapped[int] = mapped_column(pt.BigIntPK, primary_key=True)
    # the generic Uuid: native on PostgreSQL, CHAR(32) elsewhere
    public_id: Mapped[uuid.UUID] = mapped_column(sa.Uuid, default=uuid.uuid4, unique=True)
    # postgresql.UUID named explicitly; SQLAlchemy 2.0 renders it on every dialect
    hardware_id: Mapped[Optional[uuid.UUID]] = mapped_column(pg.UUID(as_uuid=True))
    ip: Mapped[Optional[str]] = mapped_column(pt.IPAddress)
    subnet: Mapped[Optional[str]] = mapped_column(pt.Network)
    tags: Mapped[Optional[list[str]]] = mapped_column(pt.TagArray)
    attributes: Mapped[Optional[dict[str, str]]] = mapped_column(pt.Attributes)
    firmware: Mapped[dict[str, Any]] = mapped_column(server_default=sa.text("'{}'"))
    enabled: Mapped[bool] = mapped_column(pt.Flag, default=True)

    __table_args__ = (
        Index("ix_devices_tags", "tags", postgresql_using="gin"),
        {"mysql_engine": "InnoDB"},
    )


class Reading(Base):
    __tablename__ = "readings"

    id: Mapped[int] = mapped_column(pt.BigIntPK, primary_key=True)
    # Mapped[int] plus a ForeignKey: the type is taken from devices.id (BigIntPK)
    device_id: Mapped[int] = mapped_column(ForeignKey("devices.id"), index=True)
    taken_at: Mapped[datetime.datetime] = mapped_column(pt.PreciseTime)
    sequence_no: Mapped[int] = mapped_column(pt.UnsignedInt)
    value: Mapped[float] = mapped_column(sa.Double)
    raw: Mapped[Optional[bytes]] = mapped_column(sa.LargeBinary)
    interval: Mapped[Optional[datetime.timedelta]]
    local_time: Mapped[Optional[datetime.time]]
    note: Mapped[Optional[str]] = mapped_column(pt.LongText)
    search: Mapped[Optional[str]] = mapped_column(pt.SearchVector)
    unit: Mapped[str] = mapped_column(sa.Enum("celsius", "kelvin", "percent", name="reading_unit"))
    label: Mapped[Optional[str]] = mapped_column(sa.Unicode(64))
    recorded: Mapped[Optional[datetime.datetime]] = mapped_column(sa.TIMESTAMP(timezone=True))
    checksum: Mapped[Optional[str]] = mapped_column(String(64).with_variant(sa.CHAR(64), "postgresql"))
#--- postgres_types_app/portable.py
"""Dialect-specific types with portable fallbacks (TypeEngine.with_variant)."""
from sqlalchemy import JSON, BigInteger, Boolean, DateTime, Integer, String, Text
from sqlalchemy.dialects import mysql, postgresql, sqlite

JsonDoc = JSON().with_variant(postgresql.JSONB(), "postgresql")
TagArray = postgresql.ARRAY(String(50)).with_variant(JSON(), "mysql", "sqlite")
IPAddress = postgresql.INET().with_variant(String(45), "mysql", "sqlite")
Network = postgresql.CIDR().with_variant(String(49), "mysql", "sqlite")
SearchVector = Text().with_variant(postgresql.TSVECTOR(), "postgresql")
UnsignedInt = Integer().with_variant(mysql.INTEGER(unsigned=True), "mysql")
BigIntPK = BigInteger().with_variant(sqlite.INTEGER(), "sqlite")
LongText = Text().with_variant(mysql.LONGTEXT(), "mysql")
PreciseTime = DateTime(timezone=True).with_variant(mysql.DATETIME(fsp=6), "mysql")
Flag = Boolean().with_variant(mysql.TINYINT(1), "mysql")
Attributes = JSON().with_variant(postgresql.HSTORE(), "postgresql")
