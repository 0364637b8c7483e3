from __future__ import annotations

import datetime as dt
import uuid
from typing import Any, Optional

from sqlalchemy import (
    BigInteger, Column, DateTime, Double, ForeignKey, Index, Integer, Interval, LargeBinary, SmallInteger,
    String, Table, Time, func, text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from .coltypes import GUID, IPAddress, LegacyUUID, MacAddress, Network, SearchVector, int_array, json_type, string_array


class Base(DeclarativeBase):
    type_annotation_map = {
        dict[str, Any]: json_type(),
        list[str]: string_array(),
        dt.datetime: DateTime(timezone=True),
    }


device_tags = Table(
    "device_tags",
    Base.metadata,
    Column("device_id", ForeignKey("devices.id", ondelete="CASCADE"), primary_key=True),
    Column("tag", String(64), primary_key=True),
)


class Site(Base):
    __tablename__ = "sites"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=uuid.uuid4)
    name: Mapped[str] = mapped_column(String(120))
    timezone: Mapped[str] = mapped_column(String(64), server_default="UTC")
    subnet: Mapped[Optional[str]] = mapped_column(Network)
    quiet_hours_start: Mapped[Optional[dt.time]] = mapped_column(Time)
    quiet_hours_end: Mapped[Optional[dt.time]] = mapped_column(Time)
    settings: Mapped[dict[str, Any]] = mapped_column(default=dict, server_default=text("'{}'"))

    devices: Mapped[list[Device]] = relationship(back_populates="site")


class Device(Base):
    __tablename__ = "devices"
    __table_args__ = (
        Index("ix_devices_site_serial", "site_id", "serial", unique=True),
        Index("ix_devices_search", "search", postgresql_using="gin"),
    )

    id: Mapped[uuid.UUID] = mapped_column(GUID, primary_key=True, default=uuid.uuid4)
    site_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("sites.id"))
    serial: Mapped[str] = mapped_column(String(40))
    hw_model: Mapped[str] = mapped_column(String(40))
    firmware: Mapped[Optional[str]] = mapped_column(String(20))
    mac: Mapped[Optional[str]] = mapped_column(MacAddress, unique=True)
    last_ip: Mapped[Optional[str]] = mapped_column(IPAddress)
    capabilities: Mapped[list[str]] = mapped_column(default=list)
    attributes: Mapped[Optional[dict[str, Any]]]
    search: Mapped[Optional[str]] = mapped_column(SearchVector)
    enrolled_at: Mapped[dt.datetime] = mapped_column(server_default=func.now())
    last_seen_at: Mapped[Optional[dt.datetime]]

    site: Mapped[Site] = relationship(back_populates="devices")
    sessions: Mapped[list[Session]] = relationship(back_populates="device")


class Session(Base):
    __tablename__ = "sessions"

    id: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    device_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("devices.id", ondelete="CASCADE"), index=True)
    external_id: Mapped[str] = mapped_column(LegacyUUID, unique=True)
    remote_ip: Mapped[str] = mapped_column(IPAddress)
    started_at: Mapped[dt.datetime]
    duration: Mapped[Optional[dt.timedelta]] = mapped_column(Interval)
    bytes_in: Mapped[int] = mapped_column(BigInteger, default=0)
    bytes_out: Mapped[int] = mapped_column(BigInteger, default=0)

    device: Mapped[Device] = relationship(back_populates="sessions")


class Event(Base):
    __tablename__ = "events"
    __table_args__ = (Index("ix_events_device_time", "device_id", "occurred_at"),)

    id: Mapped[int] = mapped_column(BigInteger().with_variant(Integer, "sqlite"), primary_key=True)
    device_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("devices.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(32))
    severity: Mapped[int] = mapped_column(SmallInteger, default=0)
    payload: Mapped[dict[str, Any]] = mapped_column(json_type(), default=dict)
    channels: Mapped[Optional[list[int]]] = mapped_column(int_array())
    reading: Mapped[Optional[float]] = mapped_column(Double)
    raw: Mapped[Optional[bytes]] = mapped_column(LargeBinary, deferred=True)
    occurred_at: Mapped[dt.datetime] = mapped_column(server_default=func.now())


class AlertRule(Base):
    __tablename__ = "alert_rules"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    expression: Mapped[str] = mapped_column(String(2000))
    labels: Mapped[list[str]] = mapped_column(server_default=text("'[]'"))
    notify: Mapped[list[str]] = mapped_column(string_array(254), default=list)
    threshold: Mapped[Optional[float]]
    cooldown: Mapped[dt.timedelta] = mapped_column(default=dt.timedelta(minutes=15))
    enabled: Mapped[bool] = mapped_column(default=True)
