from typing import TYPE_CHECKING

from sqlalchemy import Boolean, Column, Integer, String, Table, ForeignKey, SmallInteger, text
from sqlalchemy.orm import relationship

from ..compat import Base, metadata
from ._columns import *  # noqa: F401,F403

if TYPE_CHECKING:  # pragma: no cover
    from .people import Employee  # noqa: F401

__all__ = ["Department", "Position", "Skill", "employee_skills"]

employee_skills = Table(
    "employee_skills", metadata,
    Column("employee_id", Integer, ForeignKey("employees.id", ondelete="CASCADE"), primary_key=True),
    Column("skill_id", Integer, ForeignKey("skills.id", ondelete="CASCADE"), primary_key=True),
    Column("level", SmallInteger, nullable=False, server_default=text("1")),
)


class Department(Base):
    __tablename__ = "departments"

    id = id_column()
    code = Column(String(10), unique=True, nullable=False)
    name = name_column()
    parent_id = fk_column("departments.id", nullable=True)
    head_id = Column(Integer, ForeignKey("employees.id", ondelete="SET NULL", use_alter=True, name="fk_departments_head"))
    cost_center = Column(String(12))

    employees = relationship("Employee", back_populates="department", foreign_keys="Employee.department_id")
    positions = relationship("Position", back_populates="department")

    def __repr__(self):
        return f"<Department {self.code}>"


class Position(Base):
    __tablename__ = "positions"

    id = id_column()
    department_id = fk_column("departments.id", ondelete="CASCADE")
    title = name_column(120)
    grade = Column(SmallInteger)
    min_salary = money(nullable=True)
    max_salary = money(nullable=True)
    is_open = Column(Boolean, default=False, nullable=False)

    department = relationship(Department, back_populates="positions")


class Skill(Base):
    __tablename__ = "skills"

    id = id_column()
    name = name_column(60, unique=True)
    category = Column(String(40))
