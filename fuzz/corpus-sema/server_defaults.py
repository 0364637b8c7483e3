#--- server_defaults_app/__init__.py
"""Job queue: every flavour of Python-side and server-side default."""
#--- server_defaults_app/defaults.py
import random
import string

MAX_ATTEMPTS = 5


def new_job_code() -> str:
    """Random 8-character code, used as a Python-side default."""
    return "".join(random.choices(string.ascii_uppercase, k=8))


def attempts_from_priority(context):
    """A context-sensitive default: reads another column of the INSERT."""
    return MAX_ATTEMPTS * 2 if context.get_current_parameters().get("priority", 0) > 5 else MAX_ATTEMPTS
#--- server_defaults_app/models.py
import datetime
import uuid
from decimal import Decimal
from typing import Optional

import sqlalchemy as sa
from sqlalchemy import Column, FetchedValue, Integer, Numeric, String, func, text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from .defaults import attempts_from_priority, new_job_code


class Base(DeclarativeBase):
    pass


class Job(Base):
    __tablename__ = "jobs"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=uuid.uuid4)
    code: Mapped[str] = mapped_column(String(8), default=new_job_code, unique=True)
    # server defaults
    state: Mapped[str] = mapped_column(String(20), server_default="queued")
    priority: Mapped[int] = mapped_column(server_default="0")
    retries: Mapped[int] = mapped_column(server_default=text("0"))
    label: Mapped[Optional[str]] = mapped_column(String(40), server_default=text("'untitled'"))
    cancelled: Mapped[bool] = mapped_column(server_default=sa.false())
    visible: Mapped[bool] = mapped_column(server_default=sa.true())
    enqueued_at: Mapped[datetime.datetime] = mapped_column(server_default=func.now())
    touched_at: Mapped[datetime.datetime] = mapped_column(
        server_default=func.current_timestamp(), server_onupdate=FetchedValue()
    )
    # filled in by a trigger: no DEFAULT clause in the DDL
    checksum: Mapped[Optional[str]] = mapped_column(String(64), server_default=FetchedValue())
    # Python-side defaults
    max_attempts: Mapped[int] = mapped_column(default=attempts_from_priority)
    cost: Mapped[Decimal] = mapped_column(Numeric(8, 2), default=Decimal("0.00"))
    weight: Mapped[float] = mapped_column(default=1.5)
    queue: Mapped[str] = mapped_column(String(30), default="default")
    run_after: Mapped[datetime.datetime] = mapped_column(default=datetime.datetime.utcnow)
    expires_at: Mapped[Optional[datetime.datetime]] = mapped_column(
        default=lambda: datetime.datetime.utcnow() + datetime.timedelta(days=1)
    )
    scheduled_for: Mapped[Optional[datetime.datetime]] = mapped_column(default=func.now())
    tag: Mapped[Optional[str]] = mapped_column(String(20), default=None)

    def __repr__(self) -> str:
        return f"<Job {self.code} {self.state}>"


class JobLog(Base):
    __tablename__ = "job_logs"

    id = Column(Integer, primary_key=True)
    job_id = Column(sa.Uuid, sa.ForeignKey("jobs.id", ondelete="CASCADE"), nullable=False)
    level = Column(String(10), nullable=False, server_default="INFO", default="INFO")
    line_no = Column(Integer, server_default=sa.literal_column("1"))
    message = Column(sa.Text)
    logged_at = Column(sa.DateTime(timezone=True), server_default=sa.text("CURRENT_TIMESTAMP"))
