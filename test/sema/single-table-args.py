# A single-table subclass maps into its parent's table: SQLAlchemy raises
# for __table_args__ of its own (an error, exit status 1), and the
# analysis leaves them out. Empty ones, and the parent's inherited, are
# no matter.
# RUN: %expect_exit 1 %schemac schema --sqlalchemy=2.0 %s 2>&1 | FileCheck %s --implicit-check-not=error:
# CHECK: single-table-args.py:[[@LINE+22]]:5: error: class 'single-table-args.Manager' maps into its parent's table (single-table inheritance) and has __table_args__ of its own; SQLAlchemy raises ("Can't place __table_args__ on an inherited class with no table"), and the analysis leaves them out
# CHECK: table employees
# CHECK-NOT: ck_budget
# CHECK: check ck_salary
from sqlalchemy import CheckConstraint, Integer, String
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class Base(DeclarativeBase):
    pass


class Employee(Base):
    __tablename__ = "employees"
    __table_args__ = (CheckConstraint("salary >= 0", name="ck_salary"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(20))
    salary: Mapped[int] = mapped_column(Integer)
    __mapper_args__ = {"polymorphic_on": "kind", "polymorphic_identity": "employee"}


class Manager(Employee):
    __table_args__ = (CheckConstraint("budget >= 0", name="ck_budget"),)
    budget: Mapped[int] = mapped_column(Integer, nullable=True)
    __mapper_args__ = {"polymorphic_identity": "manager"}


class Engineer(Employee):
    __table_args__ = ()
    __mapper_args__ = {"polymorphic_identity": "engineer"}


class Intern(Engineer):
    __mapper_args__ = {"polymorphic_identity": "intern"}
