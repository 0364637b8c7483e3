# A subclass that names its parent's table again, with extend_existing
# (Celery's TaskExtended over TaskMeta's taskmeta), adds its columns to that
# table: the mapper joins nothing, so no inherit condition is needed, and
# SQLAlchemy 1.4.46 and 2.0.52 map it (inheritance "joined", one table).
# RUN: %schemac schema --sqlalchemy=1.4 %s 2>&1 | FileCheck %s --implicit-check-not=error: --implicit-check-not=warning:
# CHECK: table taskmeta (extend-parent-table.Task, extend-parent-table.TaskExtended)
# CHECK-NEXT: id
# CHECK-NEXT: status
# CHECK-NEXT: name
# CHECK: 1 table, 2 mapped classes
import sqlalchemy as sa
from sqlalchemy.orm import declarative_base

Base = declarative_base()


class Task(Base):
    __tablename__ = "taskmeta"
    id = sa.Column(sa.Integer, primary_key=True)
    status = sa.Column(sa.String(50))


class TaskExtended(Task):
    __tablename__ = "taskmeta"
    __table_args__ = {"extend_existing": True}
    name = sa.Column(sa.String(155), nullable=True)
