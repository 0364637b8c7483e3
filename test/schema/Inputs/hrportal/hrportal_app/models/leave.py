from sqlalchemy import Boolean, Column, Date, Enum, Numeric, String, Text, UniqueConstraint, func, DateTime
from sqlalchemy.orm import relationship

from ..compat import Base
from ._columns import *  # noqa: F401,F403  (id_column, fk_column, money, created_column, ...)

__all__ = ["LeaveType", "LeaveRequest", "Payslip"]


class LeaveType(Base):
    __tablename__ = "leave_types"

    id = id_column()
    code = Column(String(16), unique=True, nullable=False)
    label = name_column(80)
    paid = Column(Boolean, nullable=False, default=True)
    annual_allowance_days = Column(Numeric(5, 1), nullable=False, default=0)


class LeaveRequest(Base):
    __tablename__ = "leave_requests"

    id = id_column()
    employee_id = fk_column("employees.id", ondelete="CASCADE", index=True)
    leave_type_id = fk_column("leave_types.id")
    approver_id = fk_column("employees.id", nullable=True)
    first_day = Column(Date, nullable=False)
    last_day = Column(Date, nullable=False)
    days = Column(Numeric(5, 1), nullable=False)
    status = Column(Enum("requested", "approved", "rejected", "cancelled", name="leave_status"),
                    nullable=False, server_default="requested")
    reason = Column(Text)
    decided_at = Column(DateTime)
    created_at = created_column()

    employee = relationship("Employee", foreign_keys=[employee_id], backref="leave_requests")
    approver = relationship("Employee", foreign_keys=[approver_id])
    leave_type = relationship(LeaveType)


class Payslip(Base):
    __tablename__ = "payslips"
    __table_args__ = (UniqueConstraint("employee_id", "period"),)

    id = id_column()
    employee_id = fk_column("employees.id")
    period = Column(String(7), nullable=False, doc="YYYY-MM")
    gross = money()
    tax = money()
    deductions = money(default=0)
    net = money()
    issued_at = Column(DateTime, server_default=func.now(), nullable=False)
