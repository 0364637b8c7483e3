#--- column_naming_key_app/__init__.py
"""Models over a legacy database whose column names differ from attributes."""
#--- column_naming_key_app/legacy.py
"""The existing HR database, described as Core tables."""
from sqlalchemy import Column, Date, ForeignKey, Integer, MetaData, String, Table

legacy_metadata = MetaData()

EMPLOYEE_TABLE = "EMP"

employees = Table(
    EMPLOYEE_TABLE,
    legacy_metadata,
    Column("EMP_NO", Integer, primary_key=True, key="number"),
    Column("ENAME", String(40), key="name", nullable=False),
    Column("HIREDATE", Date, key="hired"),
    Column("DEPT_NO", Integer, ForeignKey("DEPT.DEPT_NO"), key="department_no"),
)

departments = Table(
    "DEPT",
    legacy_metadata,
    Column("DEPT_NO", Integer, primary_key=True),
    Column("DNAME", String(30), key="name"),
)
#--- column_naming_key_app/models.py
import datetime
from typing import Optional

from sqlalchemy import Column, ForeignKey, Integer, String
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from .legacy import departments, employees, legacy_metadata


class Base(DeclarativeBase):
    metadata = legacy_metadata


class Department(Base):
    __table__ = departments

    # attribute `id` for the column whose key is DEPT_NO
    id = departments.c.DEPT_NO


class Employee(Base):
    __table__ = employees

    staff: Mapped[list["Staff"]] = relationship(
        back_populates="employee", foreign_keys="Staff.employee_no"
    )


class Staff(Base):
    """New table, old naming rules: every database name is given explicitly."""

    __tablename__ = "STAFF"

    id: Mapped[int] = mapped_column("STAFF_ID", primary_key=True)
    # a string target names the referenced column by its key ("number"), not
    # by its database name (EMP_NO): "EMP.EMP_NO" would not resolve
    employee_no: Mapped[int] = mapped_column("EMP_NO", ForeignKey("EMP.number"))
    login: Mapped[str] = mapped_column(String(30), name="LOGIN_NAME", unique=True)
    display_name = Column("DISPLAY", String(60))
    phone: Mapped[Optional[str]] = mapped_column("PHONE_NO", String(20), key="telephone")
    badge = Column(String(10), name="BADGE_CODE", key="badge_code", index=True)
    started: Mapped[Optional[datetime.date]] = mapped_column("START_DT")
    manager_id = Column("MGR_ID", Integer, ForeignKey("STAFF.STAFF_ID"))
    # link_to_name=True: the target is matched by database name instead
    mentor_no = Column("MENTOR_EMP_NO", Integer, ForeignKey("EMP.EMP_NO", link_to_name=True))

    employee: Mapped[Employee] = relationship(back_populates="staff", foreign_keys=[employee_no])

    @property
    def phone_digits(self) -> str:
        return "".join(ch for ch in self.phone or "" if ch.isdigit())
