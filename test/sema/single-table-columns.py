# A single-table subclass adds its columns to its parent's table
# (_setup_inheriting_columns): SQLAlchemy raises for a column of a name the
# table has and for a primary key column, and skips the parent's own column
# object named again. The table keeps the parent's columns.
# RUN: %expect_exit 1 %schemac schema --sqlalchemy=1.4 %s 2>&1 >/dev/null | FileCheck %s --implicit-check-not=error: --implicit-check-not=warning:
# RUN: %expect_exit 1 %schemac schema --sqlalchemy=1.4 %s 2>/dev/null | FileCheck %s --check-prefix=SCHEMA
from sqlalchemy import Column, Integer, String
from sqlalchemy.orm import declarative_base

Base = declarative_base()


class Employee(Base):
    __tablename__ = "employees"
    id = Column(Integer, primary_key=True)
    kind = Column(String(20))
    name = Column(String(50))
    __mapper_args__ = {"polymorphic_on": kind, "polymorphic_identity": "employee"}


class Manager(Employee):
    kind_again = Employee.__table__.c.kind
    budget = Column(Integer)
    __mapper_args__ = {"polymorphic_identity": "manager"}


class Engineer(Employee):
    # CHECK: single-table-columns.py:[[@LINE+1]]:5: error: class 'single-table-columns.Engineer' maps into its parent's table 'employees' (single-table inheritance), which has a column 'name' already; SQLAlchemy raises ("conflicts with existing column"), and the analysis keeps the table's
    name = Column(String(80))
    # CHECK: single-table-columns.py:[[@LINE+1]]:5: error: class 'single-table-columns.Engineer' maps into its parent's table (single-table inheritance) and declares primary key column 'badge'; SQLAlchemy raises ("Can't place primary key columns on an inherited class with no table"), and the analysis leaves it out
    badge = Column(Integer, primary_key=True)
    level = Column(Integer)
    __mapper_args__ = {"polymorphic_identity": "engineer"}


# SCHEMA: table employees
# SCHEMA-NEXT: id INTEGER primary key not null
# SCHEMA-NEXT: kind VARCHAR(20) null
# SCHEMA-NEXT: name VARCHAR(50) null
# SCHEMA-NEXT: budget INTEGER null
# SCHEMA-NEXT: level INTEGER null
# SCHEMA-EMPTY:
