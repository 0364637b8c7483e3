# An import of a library schemac does not model is opaque: a warning where it
# is imported, another where a column needs a value from it, and the column
# is kept with the type it could not know.
# RUN: %schemac schema %s 2>&1 >/dev/null | FileCheck %s
# RUN: %schemac schema %s 2>/dev/null | FileCheck %s --check-prefix=TEXT
# RUN: %schemac schema --format=json %s 2>/dev/null | FileCheck %s --check-prefix=JSON
import numpy as np
from geoalchemy2 import Geometry
from sqlalchemy import Column, Integer, String
from sqlalchemy.orm import declarative_base

Base = declarative_base()


class Place(Base):
    __tablename__ = "places"
    id = Column(Integer, primary_key=True)
    name = Column(String(80), nullable=False)
    shape = Column(Geometry("POINT"))


# CHECK: unresolved-import.py:7:1: warning: cannot resolve import of 'numpy'; what it provides is opaque to the analysis
# CHECK: unresolved-import.py:8:1: warning: cannot resolve import of 'geoalchemy2'
# CHECK: unresolved-import.py:19:5: warning: type of column 'shape' cannot be evaluated ('geoalchemy2.Geometry' is not a known SQL type)
# TEXT: table places
# TEXT-NEXT: id INTEGER primary key not null
# TEXT-NEXT: name VARCHAR(80) not null
# TEXT-NEXT: shape
# JSON: "diagnostics": [
# JSON-NEXT: {
# JSON-NEXT: "severity": "warning",
# JSON-NEXT: "message": "cannot resolve import of 'numpy'; what it provides is opaque to the analysis",
# JSON-NEXT: "loc": {
# JSON-NEXT: "file": "unresolved-import.py",
# JSON-NEXT: "line": 7,
# JSON-NEXT: "col": 1
