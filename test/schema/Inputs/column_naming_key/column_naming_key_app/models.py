import datetime
from typing import Optional

from sqlalchemy import Column, ForeignKey, Integer, String, Table
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


# Two columns whose keys are each other's names: a foreign key to one of
# them as a column object refers to that column, whatever its key.
swapped = Table(
    "swapped",
    Base.metadata,
    Column("a", Integer, key="b", primary_key=True),
    Column("b", Integer, key="a", unique=True),
)


class SwapRef(Base):
    __tablename__ = "swap_ref"

    id: Mapped[int] = mapped_column(primary_key=True)
    to_b_key = Column(Integer, ForeignKey(swapped.c.b))
    to_a_key = Column(Integer, ForeignKey(swapped.c.a))
    by_key = Column(Integer, ForeignKey("swapped.a"))
