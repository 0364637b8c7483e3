# Names that are not valid UTF-8 once decoded (a lone surrogate escape) still
# give valid JSON: the emitter replaces what JSON cannot carry.
# RUN: %schemac schema --format=json %s | %python -c "import json,sys; d=json.load(sys.stdin); print(ascii([t['name'] for t in d['tables']]))" | FileCheck %s
# CHECK: ['t\ufffd\ufffd\ufffd']
from sqlalchemy import Column, Integer
from sqlalchemy.orm import declarative_base

Base = declarative_base()


class Odd(Base):
    __tablename__ = "t\ud800"
    id = Column(Integer, primary_key=True)
