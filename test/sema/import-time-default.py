# default=datetime.now() calls the function once, as the module is
# imported: every row gets that moment. SQLAlchemy stores the value, which
# the analysis cannot know; the warning says what happened, also through a
# helper of the project's that is called rather than passed.
# RUN: %schemac schema %s 2>&1 >/dev/null | FileCheck %s --implicit-check-not=warning:
from datetime import UTC, datetime
from uuid import uuid4

from sqlalchemy import DateTime, String
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


def naive_utc_now():
    return datetime.now(UTC).replace(tzinfo=None)


class Base(DeclarativeBase):
    pass


class Workflow(Base):
    __tablename__ = "workflows"
    id: Mapped[int] = mapped_column(primary_key=True)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=datetime.now)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=datetime.now(UTC).replace(tzinfo=None))
    touched_at: Mapped[datetime] = mapped_column(DateTime, default=naive_utc_now())
    token: Mapped[str] = mapped_column(String(36), default=str(uuid4()))


# CHECK: import-time-default.py:25:5: warning: default of column 'updated_at' is what datetime.now().replace() gives when the module is imported, one value for every row (pass the function itself for a value per row); the analysis cannot know it ('datetime.now' is not modelled by schemac) and leaves it out
# CHECK: import-time-default.py:26:5: warning: default of column 'touched_at' is what datetime.now().replace() gives when the module is imported
# CHECK: import-time-default.py:27:5: warning: default of column 'token'
