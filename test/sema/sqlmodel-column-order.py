# A SQLModel table's columns are in its fields' order, inherited ones
# first: pydantic takes each field's default out of the class's namespace
# and SQLModel sets the fields' columns on the class in that order, which
# is SQLAlchemy 2.0's scan order as it is 1.4's creation order. Expected:
# SQLModel 0.0.8 on SQLAlchemy 1.4.46, and the steps of SQLModel 0.0.39's
# metaclass (pydantic 2) replayed on SQLAlchemy 2.0.52.
# RUN: %schemac schema --no-cache --sqlalchemy=1.4 %s 2>/dev/null | FileCheck %s
# RUN: %schemac schema --no-cache --sqlalchemy=2.0 %s 2>/dev/null | FileCheck %s
# CHECK: table thing
# CHECK-NEXT: title {{ *}}VARCHAR(255)
# CHECK-NEXT: note {{ *}}VARCHAR
# CHECK-NEXT: id {{ *}}UUID
# CHECK-NEXT: secret {{ *}}VARCHAR
# CHECK-NEXT: rank {{ *}}INTEGER
import uuid
from typing import Optional

from sqlmodel import Field, SQLModel


class ThingBase(SQLModel):
    title: str = Field(max_length=255)
    note: Optional[str] = None


class Thing(ThingBase, table=True):
    id: uuid.UUID = Field(default_factory=uuid.uuid4, primary_key=True)
    secret: str
    rank: int = Field(default=0)
