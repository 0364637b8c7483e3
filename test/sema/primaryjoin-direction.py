# Two tables with foreign keys to each other: a relationship with a
# primaryjoin (and neither foreign_keys nor foreign()) takes its direction
# from the comparison whose foreign key refers to the other side's column,
# not from the other foreign key between the tables (Prefect's flow and
# task runs).
# RUN: %schemac schema --no-cache --sqlalchemy=1.4 --format=json %s | FileCheck %s
from sqlalchemy import Column, ForeignKey, Integer
from sqlalchemy.orm import declarative_base, relationship

Base = declarative_base()


class FlowRun(Base):
    __tablename__ = "flow_run"
    id = Column(Integer, primary_key=True)
    parent_task_run_id = Column(Integer, ForeignKey("task_run.id", use_alter=True))
    task_runs = relationship("TaskRun", primaryjoin="TaskRun.flow_run_id == FlowRun.id")
    parent_task_run = relationship(
        "TaskRun", primaryjoin="FlowRun.parent_task_run_id == TaskRun.id")


class TaskRun(Base):
    __tablename__ = "task_run"
    id = Column(Integer, primary_key=True)
    flow_run_id = Column(Integer, ForeignKey("flow_run.id"))
    flow_run = relationship("FlowRun", primaryjoin="FlowRun.id == TaskRun.flow_run_id")

# CHECK: "name": "primaryjoin-direction.FlowRun",
# CHECK: "name": "parent_task_run",
# CHECK: "uselist": false
# CHECK: "name": "task_runs",
# CHECK: "uselist": true
# CHECK: "name": "primaryjoin-direction.TaskRun",
# CHECK: "name": "flow_run",
# CHECK: "uselist": false
