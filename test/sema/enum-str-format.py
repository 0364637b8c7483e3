# str.format() and f-strings give str() of an enum member, as Python 3.11
# does: Class.NAME for an Enum (int mixin or not), the value for a
# ReprEnum (IntEnum, StrEnum). Indico's timetable CHECKs are built so, and
# its registration form's with fields that read attributes ({t.field}) and
# items ({0[key]}), with a conversion (!r).
# RUN: %schemac schema %s 2>&1 | FileCheck %s --implicit-check-not=warning:
import enum

import sqlalchemy as sa
from sqlalchemy.orm import declarative_base


class Kind(int, enum.Enum):
    BLOCK = 1


class Level(enum.IntEnum):
    HIGH = 3


class Mode(enum.StrEnum):
    FAST = "fast"


Base = declarative_base()


class Entry(Base):
    __tablename__ = "entries"
    __table_args__ = (
        sa.CheckConstraint("type != {} OR level = {}".format(Level.HIGH, Level.HIGH), "ck_level"),
        sa.CheckConstraint(f"mode = '{Mode.FAST}' AND kind = '{Kind.BLOCK}'", "ck_mode"),
        sa.CheckConstraint("type IN ({t.HIGH}, {0[x]!r}, {m[1]})".format(
            {"x": "y"}, t=Level, m=[0, Mode.FAST]), "ck_fields"),
    )
    id = sa.Column(sa.Integer, primary_key=True)


# CHECK: check ck_level (type != 3 OR level = 3)
# CHECK: check ck_mode (mode = 'fast' AND kind = 'Kind.BLOCK')
# CHECK: check ck_fields (type IN (3, 'y', fast))
