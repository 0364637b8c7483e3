#--- inheritance_single_app/__init__.py
"""Single-table inheritance: several classes share one table."""
from sqlalchemy.orm import DeclarativeBase


class Base(DeclarativeBase):
    pass
#--- inheritance_single_app/staff.py
"""Employees: one `employees` table, discriminated by `type`."""
from typing import Optional

from sqlalchemy import ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from . import Base


class Department(Base):
    __tablename__ = "departments"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(50))
    employees: Mapped[list["Employee"]] = relationship(back_populates="department")


class Employee(Base):
    __tablename__ = "employees"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100))
    type: Mapped[str] = mapped_column(String(20))
    department_id: Mapped[Optional[int]] = mapped_column(ForeignKey("departments.id"))
    department: Mapped[Optional[Department]] = relationship(back_populates="employees")

    __mapper_args__ = {
        "polymorphic_on": "type",
        "polymorphic_identity": "employee",
    }

    def __repr__(self):
        return f"{self.__class__.__name__}({self.name!r})"


class Manager(Employee):
    # a Mapped[str] on a single-table subclass: the column is added to `employees`
    manager_level: Mapped[str] = mapped_column(String(10), nullable=True)
    # shared with Engineer: both declare it, only one column is created
    start_date: Mapped[Optional[str]] = mapped_column(String(10), use_existing_column=True)

    __mapper_args__ = {"polymorphic_identity": "manager"}


class Engineer(Employee):
    primary_language: Mapped[Optional[str]] = mapped_column(String(30))
    # plain Mapped[str]: stays NOT NULL on the shared table, as SQLAlchemy builds it
    badge_code: Mapped[str] = mapped_column(String(8), default="ENG")
    start_date: Mapped[Optional[str]] = mapped_column(String(10), use_existing_column=True)

    __mapper_args__ = {"polymorphic_identity": "engineer"}


class Principal(Engineer):
    """Third level, still the same table; no columns of its own."""

    __mapper_args__ = {"polymorphic_identity": "principal"}

    @property
    def is_senior(self) -> bool:
        return True
#--- inheritance_single_app/vehicles.py
"""Classic Column style single-table inheritance with a non-string discriminator."""
from sqlalchemy import Column, Integer, SmallInteger, String

from . import Base


class Vehicle(Base):
    __tablename__ = "vehicles"

    id = Column(Integer, primary_key=True)
    kind = Column(SmallInteger, nullable=False)
    plate = Column(String(12), unique=True)
    __mapper_args__ = {"polymorphic_on": kind, "polymorphic_identity": 0}


class Truck(Vehicle):
    payload_tons = Column(Integer)
    __mapper_args__ = {"polymorphic_identity": 1}


class Bus(Vehicle):
    seats = Column(Integer, nullable=False, default=40)
    __mapper_args__ = {"polymorphic_identity": 2}
