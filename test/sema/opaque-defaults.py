# A default the analysis cannot see into: a name of an unresolved module is
# taken for the callable it names, as SQLAlchemy calls it per row, by its
# __qualname__ (the path below the module), as SQLAlchemy names it; what an
# unresolved call returns is a value of unknown repr, left out with a
# warning rather than taken for a callable.
# RUN: %schemac schema --format=json %s 2>%t.err | %python -c "import json,sys; [print(c['name'], json.dumps(c['default'])) for t in json.load(sys.stdin)['tables'] for c in t['columns']]" | FileCheck %s
# RUN: FileCheck %s --check-prefix=DIAG --implicit-check-not="column 'stamped'" < %t.err
# CHECK: stamped {"kind": "callable", "value": "now"}
# CHECK: locale null
# DIAG: opaque-defaults.py:[[@LINE+13]]:5: warning: default of column 'locale' cannot be evaluated ('not_in_project.Locale()': opaque module); it is left out
from sqlalchemy import Column, Integer, String
from sqlalchemy.orm import declarative_base

import not_in_project

Base = declarative_base()


class Person(Base):
    __tablename__ = "people"
    id = Column(Integer, primary_key=True)
    stamped = Column(String(40), default=not_in_project.now)
    locale = Column(String(10), default=not_in_project.Locale("en", "US"))
