# An enum called with a value is its member of that value, and called with
# one of its members, that member; a value none has raises ValueError (here
# caught). polar's settings pick their environment so. A member of an int
# enum given as a type's argument is its value. Expected: SQLAlchemy 1.4.
# RUN: %schemac schema %s 2>&1 | FileCheck %s --implicit-check-not=warning:
import enum

from sqlalchemy import Column, Integer, String
from sqlalchemy.orm import declarative_base


class Environment(enum.StrEnum):
    development = "development"
    testing = "testing"


class Size(enum.IntEnum):
    small = 8
    large = 64


ENV = Environment("development")
SAME = Environment(Environment.testing)
try:
    Size(3)
    FALLBACK = 1
except ValueError:
    FALLBACK = 2

Base = declarative_base()


class Session(Base):
    __tablename__ = "sessions"
    id = Column(Integer, primary_key=True)
    code = Column(String(Size(64) if ENV == Environment.development else 8))
    other = Column(String(len(SAME.value) + FALLBACK))


# CHECK: code VARCHAR(64) null
# CHECK-NEXT: other VARCHAR(9) null
