# Item assignment: to a list (lengths[0] = ..., names[0] += ...), and to
# os.environ, which later reads see. A read of a variable the code did not
# set is reported, as any other; an assignment the analysis cannot follow
# (a tuple's item) says so. What SQLAlchemy 1.4 builds: x_things_ab with
# VARCHAR(15) and VARCHAR(40).
# RUN: %schemac schema --format=json %s 2>%t.err | %python -c "import json,sys; print([(t['name'], t['schema'], [(c['name'], c['type']) for c in t['columns']]) for t in json.load(sys.stdin)['tables']])" | FileCheck %s
# RUN: FileCheck %s --check-prefix=DIAG --implicit-check-not=warning: < %t.err
# CHECK: [('x_things_ab', None, [('id', 'INTEGER'), ('name', 'VARCHAR(15)'), ('code', 'VARCHAR(40)')])]
# DIAG: item-assignment.py:[[@LINE+10]]:1: warning: environment variable 'APP_LEN' is read here; the analysis assumes it is unset (default '40')
# DIAG: item-assignment.py:[[@LINE+11]]:4: warning: environment variable 'APP_SCHEMA' is read here; the analysis assumes it is unset (None)
# DIAG: item-assignment.py:[[@LINE+19]]:5: warning: item assignment to a tuple cannot be evaluated (not a container the analysis stores into); the analysis goes on without it
# DIAG: note: no SQLAlchemy requirement found
import os

from sqlalchemy import Column, Integer, String
from sqlalchemy.orm import declarative_base

os.environ["APP_PREFIX"] = "x_"
os.environ.setdefault("APP_LEN", "40")
Base = declarative_base()
if "APP_SCHEMA" in os.environ:
    SCHEMA = os.environ["APP_SCHEMA"]
else:
    SCHEMA = None
lengths = [10, 20]
lengths[0] = lengths[0] + 5
names = ["a"]
names[0] += "b"
try:
    (1, 2)[0] = 3
except TypeError:
    pass


class Thing(Base):
    __tablename__ = os.getenv("APP_PREFIX", "y_") + "things_" + names[0]
    __table_args__ = {"schema": SCHEMA}
    id = Column(Integer, primary_key=True)
    name = Column(String(lengths[0]))
    code = Column(String(int(os.environ["APP_LEN"])))
