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
