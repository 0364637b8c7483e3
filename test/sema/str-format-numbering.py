# str.format() with automatic ("{}") and manual ("{0}") field numbers in one
# string raises ValueError in Python, whatever the values: a try catches it,
# and where none does, the value is reported as unknown. Either kind alone
# formats (expected texts from CPython 3.11).
# RUN: %schemac schema --no-cache --sqlalchemy=1.4 --format=json %s 2> %t.err | FileCheck %s
# RUN: FileCheck %s --check-prefix=DIAG < %t.err
from sqlalchemy import Column, Integer, String
from sqlalchemy.orm import declarative_base

Base = declarative_base()

try:
    LABEL = "{}-{0}".format("a")
except ValueError:
    LABEL = "fallback"


class Item(Base):
    __tablename__ = "items"
    id = Column(Integer, primary_key=True)
    caught = Column(String(10), comment=LABEL)
    manual = Column(String(10), comment="{{}}{0}{0}".format("x"))
    swapped = Column(String(10), comment="{1}{0}".format("x", "y"))
    automatic = Column(String(10), comment="{}{}".format("x", "y"))
    mixed = Column(String(10), comment="{0}{}".format("x", "y"))

# CHECK: "name": "caught"
# CHECK: "comment": "fallback"
# CHECK: "name": "manual"
# CHECK: "comment": "{}xx"
# CHECK: "name": "swapped"
# CHECK: "comment": "yx"
# CHECK: "name": "automatic"
# CHECK: "comment": "xy"
# CHECK: "name": "mixed"
# CHECK: "comment": null
#
# DIAG: str-format-numbering.py:[[@LINE-13]]:40: warning: comment of column 'mixed' cannot be evaluated (str.format() mixes automatic and manual field numbering); it is left out
