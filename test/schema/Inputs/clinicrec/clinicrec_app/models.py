from __future__ import annotations

import datetime
import enum

from sqlalchemy import (
    CHAR, BigInteger, Boolean, CheckConstraint, Column, Date, DateTime, Enum, Float, ForeignKey, Index,
    Integer, Interval, LargeBinary, Numeric, SmallInteger, String, Table, Text, Time, UniqueConstraint,
    func, text,
)
from sqlalchemy.orm import relationship, synonym

from .db import Base, mapper_registry, metadata
from .types import long_text, person_name


class Sex(enum.Enum):
    female = "F"
    male = "M"
    other = "O"
    unknown = "U"


class AppointmentStatus(enum.Enum):
    booked = 1
    arrived = 2
    completed = 3
    no_show = 4
    cancelled = 5


@mapper_registry.mapped
class Patient:
    __tablename__ = "patients"
    __table_args__ = (
        UniqueConstraint("mrn"),
        Index("ix_patients_name_dob", "family_name", "given_name", "date_of_birth"),
        {"comment": "registered patients"},
    )

    id = Column(BigInteger, primary_key=True)
    mrn = Column(String(20), nullable=False, comment="medical record number")
    given_name = Column(person_name(), nullable=False)
    family_name = Column(person_name(), nullable=False)
    date_of_birth = Column(Date, nullable=False)
    sex = Column(Enum(Sex, name="sex"), nullable=False, default=Sex.unknown)
    phone = Column(String(30))
    email = Column(String(254))
    nhs_number = Column(CHAR(10), unique=True)
    deceased = Column(Boolean, nullable=False, server_default=text("false"))
    photo = Column(LargeBinary)
    registered_at = Column(DateTime(timezone=True), nullable=False, server_default=func.now())

    appointments = relationship("Appointment", back_populates="patient")
    allergies = relationship("Allergy", cascade="all, delete-orphan")

    @property
    def age(self):
        today = datetime.date.today()
        dob = self.date_of_birth
        return today.year - dob.year - ((today.month, today.day) < (dob.month, dob.day))


@mapper_registry.mapped
class Clinician:
    __tablename__ = "clinicians"

    id = Column(Integer, primary_key=True)
    registration_no = Column(String(16), nullable=False, unique=True)
    name = Column(person_name(120), nullable=False)
    specialty = Column(String(60), index=True)
    active = Column(Boolean, default=True)

    def __repr__(self):
        return f"Clinician({self.name!r})"


clinic_rooms = Table(
    "clinic_rooms", metadata,
    Column("code", String(8), primary_key=True),
    Column("floor", SmallInteger, nullable=False, server_default="0"),
    Column("accessible", Boolean, nullable=False, server_default=text("true")),
    comment="physical consultation rooms",
)


@mapper_registry.mapped
class Room:
    __table__ = clinic_rooms


class Appointment(Base):
    __tablename__ = "appointments"
    __table_args__ = (
        CheckConstraint("duration_minutes BETWEEN 5 AND 240", name="duration_range"),
        Index("ix_appointments_clinician_day", "clinician_id", "starts_at"),
    )

    id = Column(BigInteger, primary_key=True)
    patient_id = Column(BigInteger, ForeignKey("patients.id", ondelete="CASCADE"), nullable=False, index=True)
    clinician_id = Column(Integer, ForeignKey("clinicians.id"), nullable=False)
    room_code = Column(String(8), ForeignKey("clinic_rooms.code", onupdate="CASCADE"))
    starts_at = Column(DateTime(timezone=True), nullable=False)
    duration_minutes = Column(SmallInteger, nullable=False, default=15)
    status = Column(Enum(AppointmentStatus, name="appointment_status"), nullable=False,
                    default=AppointmentStatus.booked)
    _reason = Column("reason", String(500))
    notes = Column(long_text())
    wait_time = Column(Interval)
    fee = Column(Numeric(8, 2), server_default="0.00")

    patient = relationship(Patient, back_populates="appointments")
    clinician = relationship(Clinician, backref="appointments")
    room = relationship(Room)
    prescriptions = relationship("Prescription", back_populates="appointment")

    reason = synonym("_reason")


class Allergy(Base):
    __tablename__ = "allergies"

    id = Column(Integer, primary_key=True)
    patient_id = Column(BigInteger, ForeignKey("patients.id", ondelete="CASCADE"), nullable=False)
    substance = Column(String(120), nullable=False)
    severity = Column(Enum("mild", "moderate", "severe", name="allergy_severity"))
    recorded_on = Column(Date, default=datetime.date.today)


class Prescription(Base):
    __tablename__ = "prescriptions"

    id = Column(BigInteger, primary_key=True)
    appointment_id = Column(BigInteger, ForeignKey("appointments.id"), nullable=False)
    drug_code = Column(String(20), nullable=False)
    dose_mg = Column(Float(precision=24))
    frequency_per_day = Column(SmallInteger, nullable=False, default=1)
    take_at = Column(Time)
    days = Column(SmallInteger, nullable=False)
    repeatable = Column(Boolean, default=False)
    instructions = Column(Text)

    appointment = relationship(Appointment, back_populates="prescriptions")
