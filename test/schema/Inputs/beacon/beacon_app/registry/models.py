"""Registry tables: tenants, device models, devices, credentials, firmware."""
from __future__ import annotations

import datetime
import logging
import os
import uuid
from dataclasses import dataclass
from typing import Any, Literal, NewType, Optional

import sqlalchemy as sa
from sqlalchemy import FetchedValue, ForeignKey, String, func, text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from .columns import Inet, Labels, MacAddr
from .states import DeviceState, FirmwareChannel, Protocol

log = logging.getLogger(__name__)

TENANT_SCHEMA = os.environ.get("BEACON_SCHEMA", None)
DEFAULT_HEARTBEAT = int(os.environ.get("BEACON_HEARTBEAT_SECONDS", 300))


SerialNumber = NewType("SerialNumber", str)
FirmwareVersion = NewType("FirmwareVersion", str)


def _values(enum_cls):
    return [member.value for member in enum_cls]


class Base(DeclarativeBase):
    type_annotation_map = {
        DeviceState: sa.Enum(DeviceState, values_callable=_values, name="device_state"),
        Protocol: sa.Enum(Protocol, native_enum=False, length=10),
        dict[str, Any]: Labels,
        datetime.datetime: sa.TIMESTAMP(timezone=True),
        SerialNumber: String(64),
        FirmwareVersion: String(32),
    }


@dataclass
class HeartbeatSummary:
    """Returned by the API; not persisted."""

    device_id: uuid.UUID
    last_seen: Optional[datetime.datetime]
    online: bool


class Tenant(Base):
    __tablename__ = "tenants"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, server_default=func.gen_random_uuid())
    slug: Mapped[str] = mapped_column(String(40), unique=True)
    display_name: Mapped[str] = mapped_column(String(120))
    plan: Mapped[Literal["free", "pro", "enterprise"]] = mapped_column(server_default="free")
    device_quota: Mapped[int] = mapped_column(server_default=text("100"))
    suspended: Mapped[bool] = mapped_column(server_default=sa.false())
    created_at: Mapped[datetime.datetime] = mapped_column(server_default=func.now())

    devices: Mapped[list[Device]] = relationship(back_populates="tenant")


class DeviceModel(Base):
    __tablename__ = "device_models"
    __table_args__ = (sa.UniqueConstraint("vendor", "model_number"),)

    id: Mapped[int] = mapped_column(sa.Identity(always=True), primary_key=True)
    vendor: Mapped[str] = mapped_column(String(80))
    model_number: Mapped[str] = mapped_column(String(40))
    protocol: Mapped[Protocol] = mapped_column(default=Protocol.MQTT)
    heartbeat_seconds: Mapped[int] = mapped_column(default=DEFAULT_HEARTBEAT)
    datasheet_url: Mapped[Optional[str]] = mapped_column(String(500))


class Device(Base):
    __tablename__ = "devices"
    __table_args__ = (
        sa.Index("ix_devices_tenant_state", "tenant_id", "state"),
        sa.Index("ix_devices_labels", "labels", postgresql_using="gin"),
        sa.UniqueConstraint("tenant_id", "serial_number", name="uq_devices_serial"),
    )

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=uuid.uuid4)
    tenant_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("tenants.id", ondelete="CASCADE"))
    model_id: Mapped[int] = mapped_column(ForeignKey("device_models.id"))
    serial_number: Mapped[SerialNumber]
    state: Mapped[DeviceState] = mapped_column(server_default=DeviceState.PROVISIONING.value)
    mac_address: Mapped[Optional[str]] = mapped_column(MacAddr, unique=True)
    last_ip: Mapped[Optional[str]] = mapped_column(Inet)
    labels: Mapped[dict[str, Any]] = mapped_column(default=dict)
    firmware_channel: Mapped[FirmwareChannel] = mapped_column(
        sa.Enum(FirmwareChannel, native_enum=False, create_constraint=True, name="fw_channel"),
        default=FirmwareChannel.STABLE,
    )
    enabled: Mapped[bool] = mapped_column(server_default=sa.true())
    last_seen_at: Mapped[Optional[datetime.datetime]] = mapped_column(server_onupdate=FetchedValue())
    registered_at: Mapped[datetime.datetime] = mapped_column(server_default=text("CURRENT_TIMESTAMP"))

    tenant: Mapped[Tenant] = relationship(back_populates="devices")
    model: Mapped[DeviceModel] = relationship()
    credentials: Mapped[list[Credential]] = relationship(back_populates="device")

    def summary(self, now: datetime.datetime) -> HeartbeatSummary:
        online = self.last_seen_at is not None and (now - self.last_seen_at).total_seconds() < 600
        return HeartbeatSummary(self.id, self.last_seen_at, online)


class Credential(Base):
    __tablename__ = "credentials"

    id: Mapped[int] = mapped_column(primary_key=True)
    device_id: Mapped[uuid.UUID] = mapped_column(ForeignKey(Device.id, ondelete="CASCADE"), index=True)
    kind: Mapped[Literal["x509", "psk", "token"]]
    fingerprint: Mapped[str] = mapped_column(String(95), unique=True)
    public_key: Mapped[Optional[bytes]] = mapped_column(sa.LargeBinary)
    not_after: Mapped[Optional[datetime.datetime]]
    revoked: Mapped[bool] = mapped_column(default=False, server_default=sa.false())

    device: Mapped[Device] = relationship(back_populates="credentials")


class FirmwareImage(Base):
    __tablename__ = "firmware_images"
    __table_args__ = (
        sa.UniqueConstraint("model_id", "version"),
        sa.CheckConstraint("size_bytes > 0", name="ck_firmware_size"),
        {"comment": "Signed firmware binaries"},
    )

    id: Mapped[int] = mapped_column(sa.BigInteger().with_variant(sa.Integer(), "sqlite"), primary_key=True)
    model_id: Mapped[int] = mapped_column(ForeignKey(DeviceModel.id))
    version: Mapped[FirmwareVersion]
    channel: Mapped[FirmwareChannel] = mapped_column(default=FirmwareChannel.BETA)
    size_bytes: Mapped[int] = mapped_column(sa.BigInteger)
    sha256: Mapped[str] = mapped_column(sa.CHAR(64))
    released: Mapped[Optional[datetime.datetime]] = mapped_column(server_default=sa.text("NULL"))
