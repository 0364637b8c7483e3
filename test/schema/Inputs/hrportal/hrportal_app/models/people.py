import datetime

from sqlalchemy import Column, Date, Enum, String, Text, CheckConstraint
from sqlalchemy.orm import relationship, validates

from ..compat import Base
from ._columns import created_column, fk_column, id_column, money, name_column, uuid_column
from .org import Department, employee_skills

__all__ = ["Employee", "EmergencyContact", "EMPLOYMENT_TYPES"]

EMPLOYMENT_TYPES = ("full_time", "part_time", "contractor", "intern")


class Employee(Base):
    __tablename__ = "employees"
    __table_args__ = (
        CheckConstraint("end_date IS NULL OR end_date >= start_date", name="ck_employees_dates"),
    )

    id = id_column()
    public_id = uuid_column()
    employee_number = Column(String(12), nullable=False, unique=True)
    first_name = name_column(60)
    last_name = name_column(60)
    preferred_name = Column(String(60))
    work_email = Column(String(254), nullable=False, unique=True)
    department_id = fk_column("departments.id", nullable=True, ondelete="SET NULL", index=True)
    position_id = fk_column("positions.id", nullable=True)
    manager_id = fk_column("employees.id", nullable=True)
    employment_type = Column(Enum(*EMPLOYMENT_TYPES, name="employment_type"), nullable=False,
                             default="full_time")
    start_date = Column(Date, nullable=False, default=datetime.date.today)
    end_date = Column(Date)
    base_salary = money()
    notes = Column(Text)
    created_at = created_column()

    department = relationship(Department, back_populates="employees", foreign_keys=[department_id])
    manager = relationship("Employee", remote_side=[id], backref="reports")
    skills = relationship("Skill", secondary=employee_skills, backref="employees")
    contacts = relationship("EmergencyContact", back_populates="employee", cascade="all, delete-orphan")

    @validates("work_email")
    def _check_domain(self, key, value):
        if not value.endswith("@example.com"):
            raise ValueError("work e-mail must be on the company domain")
        return value

    @property
    def full_name(self):
        return f"{self.preferred_name or self.first_name} {self.last_name}"


class EmergencyContact(Base):
    __tablename__ = "emergency_contacts"

    id = id_column()
    employee_id = fk_column("employees.id", ondelete="CASCADE")
    name = name_column()
    relationship_ = Column("relationship", String(30))
    phone = Column(String(30), nullable=False)

    employee = relationship(Employee, back_populates="contacts")
