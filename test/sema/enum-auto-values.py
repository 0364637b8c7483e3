# Enums as Prefect's AutoEnum writes them: a _generate_next_value_ of the
# project's gives what auto() is, a __repr__ of the project's is the
# default's repr, and a member of a str enum as a server default is its
# string. Checked against SQLAlchemy 1.4.
# RUN: %schemac schema --format=json %s 2>/dev/null | %python -c "import json,sys; print([(c['name'], c['default'], c['server_default']) for t in json.load(sys.stdin)['tables'] for c in t['columns']])" | FileCheck %s
# CHECK: [('id', None, None), ('status', {'kind': 'scalar', 'value': 'PoolStatus.NOT_READY'}, "'NOT_READY'"), ('switch', {'kind': 'scalar', 'value': "<Plain.ON: 'on'>"}, "'off'")]
from enum import Enum, auto

import sqlalchemy as sa
from sqlalchemy.orm import declarative_base

Base = declarative_base()


class AutoEnum(str, Enum):
    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return name

    @classmethod
    def auto(cls):
        return auto()

    def __repr__(self):
        return f"{type(self).__name__}.{self.value}"


class PoolStatus(AutoEnum):
    READY = AutoEnum.auto()
    NOT_READY = AutoEnum.auto()
    PAUSED = AutoEnum.auto()


class Plain(str, Enum):
    ON = "on"
    OFF = "off"


class Pool(Base):
    __tablename__ = "pools"
    id = sa.Column(sa.Integer, primary_key=True)
    status = sa.Column(
        sa.Enum(PoolStatus, name="pool_status"),
        default=PoolStatus.NOT_READY,
        server_default=PoolStatus.NOT_READY,
    )
    switch = sa.Column(sa.String(3), default=Plain.ON, server_default=Plain.OFF)
