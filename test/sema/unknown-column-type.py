# A type the analysis cannot know is null in the JSON (SQLAlchemy would
# have one) and a warning names the column; a column with no type at all is
# SQLAlchemy's NullType, rendered NULL, as SQLAlchemy renders it.
# RUN: %schemac schema --format=json %s 2>%t.err | %python -c "import json,sys; print([(c['name'], c['type']) for t in json.load(sys.stdin)['tables'] for c in t['columns']])" | FileCheck %s
# RUN: FileCheck %s --check-prefix=DIAG < %t.err
# CHECK: [('id', 'INTEGER'), ('amount', None), ('untyped', 'NULL')]
# DIAG: warning: type of column 'amount' cannot be evaluated ('settings_not_in_project.TYPES[...]': opaque module)
from sqlalchemy import Column, Integer
from sqlalchemy.orm import declarative_base

import settings_not_in_project as settings

Base = declarative_base()


class Payment(Base):
    __tablename__ = "payments"
    id = Column(Integer, primary_key=True)
    amount = Column(settings.TYPES["money"])
    untyped = Column()
