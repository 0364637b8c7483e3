"""Fleet model. Vehicles use joined inheritance, staff single-table, work orders concrete tables."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Optional

from sqlalchemy import (
    CheckConstraint, Enum, ForeignKey, Numeric, SmallInteger, String, Text, func, text,
)
from sqlalchemy.ext.hybrid import hybrid_property
from sqlalchemy.orm import (
    DeclarativeBase, Mapped, declared_attr, mapped_column, relationship,
)

from .domain.values import PLATE_LENGTH, VIN_LENGTH, FuelType, LicenceClass


class Base(DeclarativeBase):
    pass


class HasNotes:
    notes: Mapped[Optional[str]] = mapped_column(Text, deferred=True)


# --------------------------------------------------------------------------- vehicles

class Vehicle(HasNotes, Base):
    __tablename__ = "vehicles"

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(20))
    vin: Mapped[str] = mapped_column(String(VIN_LENGTH), unique=True)
    plate: Mapped[str] = mapped_column(String(PLATE_LENGTH), index=True)
    make: Mapped[str] = mapped_column(String(40))
    model: Mapped[str] = mapped_column(String(40))
    year: Mapped[int] = mapped_column(SmallInteger)
    fuel: Mapped[FuelType] = mapped_column(Enum(FuelType, values_callable=lambda e: [x.value for x in e]))
    odometer_km: Mapped[int] = mapped_column(default=0, server_default="0")
    in_service: Mapped[bool] = mapped_column(default=True)
    acquired_on: Mapped[Optional[dt.date]]

    trips: Mapped[list[Trip]] = relationship(back_populates="vehicle")

    __mapper_args__ = {"polymorphic_on": "kind", "polymorphic_identity": "vehicle"}

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self.plate}>"


class Truck(Vehicle):
    __tablename__ = "trucks"

    id: Mapped[int] = mapped_column(ForeignKey("vehicles.id", ondelete="CASCADE"), primary_key=True)
    payload_kg: Mapped[int]
    axles: Mapped[int] = mapped_column(SmallInteger, default=2)
    has_tail_lift: Mapped[bool] = mapped_column(default=False)
    tacho_serial: Mapped[Optional[str]] = mapped_column(String(30))

    __mapper_args__ = {"polymorphic_identity": "truck"}


class Van(Vehicle):
    __tablename__ = "vans"

    id: Mapped[int] = mapped_column(ForeignKey("vehicles.id", ondelete="CASCADE"), primary_key=True)
    cargo_volume_m3: Mapped[Decimal] = mapped_column(Numeric(6, 2))
    refrigerated: Mapped[bool] = mapped_column(server_default=text("false"))

    __mapper_args__ = {"polymorphic_identity": "van"}


class Bus(Vehicle):
    __tablename__ = "buses"

    id: Mapped[int] = mapped_column(ForeignKey(Vehicle.id, ondelete="CASCADE"), primary_key=True)
    seats: Mapped[int] = mapped_column(SmallInteger)
    wheelchair_spaces: Mapped[int] = mapped_column(SmallInteger, default=0)

    __mapper_args__ = {"polymorphic_identity": "bus", "polymorphic_load": "inline"}


# --------------------------------------------------------------------------- staff

class StaffMember(Base):
    __tablename__ = "staff"
    __table_args__ = (CheckConstraint("hourly_rate IS NULL OR hourly_rate > 0", name="ck_staff_rate"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    role: Mapped[str] = mapped_column(String(16))
    name: Mapped[str] = mapped_column(String(120))
    phone: Mapped[Optional[str]] = mapped_column(String(30))
    hired_on: Mapped[dt.date] = mapped_column(server_default=func.current_date())
    hourly_rate: Mapped[Optional[Decimal]] = mapped_column(Numeric(8, 2))

    __mapper_args__ = {"polymorphic_on": role, "polymorphic_identity": "staff"}


class Driver(StaffMember):
    licence_number: Mapped[Optional[str]] = mapped_column(String(20), unique=True)
    licence_class: Mapped[Optional[LicenceClass]] = mapped_column(
        Enum(LicenceClass, native_enum=False, length=4))
    licence_expires: Mapped[Optional[dt.date]]

    trips: Mapped[list[Trip]] = relationship(back_populates="driver")

    __mapper_args__ = {"polymorphic_identity": "driver"}


class Mechanic(StaffMember):
    certification: Mapped[Optional[str]] = mapped_column(String(60))

    @declared_attr
    def workshop_id(cls) -> Mapped[Optional[int]]:
        return StaffMember.__table__.c.get("workshop_id", mapped_column(ForeignKey("workshops.id")))

    __mapper_args__ = {"polymorphic_identity": "mechanic"}


class Dispatcher(StaffMember):
    workshop_id: Mapped[Optional[int]] = mapped_column(ForeignKey("workshops.id"), use_existing_column=True)
    shift: Mapped[Optional[str]] = mapped_column(String(10))

    __mapper_args__ = {"polymorphic_identity": "dispatcher"}


class Workshop(Base):
    __tablename__ = "workshops"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(80))
    city: Mapped[str] = mapped_column(String(80))


# --------------------------------------------------------------------------- trips

class Trip(Base):
    __tablename__ = "trips"

    id: Mapped[int] = mapped_column(primary_key=True)
    vehicle_id: Mapped[int] = mapped_column(ForeignKey("vehicles.id"), index=True)
    driver_id: Mapped[Optional[int]] = mapped_column(ForeignKey("staff.id", ondelete="SET NULL"))
    started_at: Mapped[dt.datetime] = mapped_column(server_default=func.now())
    ended_at: Mapped[Optional[dt.datetime]]
    start_km: Mapped[int]
    end_km: Mapped[Optional[int]]
    purpose: Mapped[str] = mapped_column(String(200), default="")

    vehicle: Mapped[Vehicle] = relationship(back_populates="trips")
    driver: Mapped[Optional[Driver]] = relationship(back_populates="trips")

    @hybrid_property
    def distance_km(self) -> Optional[int]:
        return None if self.end_km is None else self.end_km - self.start_km


# --------------------------------------------------------------------------- work orders

class WorkOrder(Base):
    """Generic work order; repair and inspection orders are stored in their own tables."""

    __tablename__ = "work_orders"

    id: Mapped[int] = mapped_column(primary_key=True)
    vehicle_id: Mapped[int] = mapped_column(ForeignKey("vehicles.id"))
    opened_at: Mapped[dt.datetime] = mapped_column(server_default=func.now())
    closed_at: Mapped[Optional[dt.datetime]]
    summary: Mapped[str] = mapped_column(String(200))


class RepairOrder(WorkOrder):
    __tablename__ = "repair_orders"
    __mapper_args__ = {"concrete": True}

    id: Mapped[int] = mapped_column(primary_key=True)
    vehicle_id: Mapped[int] = mapped_column(ForeignKey("vehicles.id"))
    opened_at: Mapped[dt.datetime] = mapped_column(server_default=func.now())
    closed_at: Mapped[Optional[dt.datetime]]
    summary: Mapped[str] = mapped_column(String(200))
    workshop_id: Mapped[int] = mapped_column(ForeignKey("workshops.id"))
    labour_hours: Mapped[Decimal] = mapped_column(Numeric(6, 2), default=Decimal("0"))
    parts_cost: Mapped[Decimal] = mapped_column(Numeric(10, 2), default=Decimal("0"))


class InspectionOrder(WorkOrder):
    __tablename__ = "inspection_orders"
    __mapper_args__ = {"concrete": True}

    id: Mapped[int] = mapped_column(primary_key=True)
    vehicle_id: Mapped[int] = mapped_column(ForeignKey("vehicles.id"))
    opened_at: Mapped[dt.datetime] = mapped_column(server_default=func.now())
    closed_at: Mapped[Optional[dt.datetime]]
    summary: Mapped[str] = mapped_column(String(200))
    passed: Mapped[Optional[bool]]
    certificate_ref: Mapped[Optional[str]] = mapped_column(String(40))
