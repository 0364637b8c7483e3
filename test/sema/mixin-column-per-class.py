# A mixin's column is copied to each class that uses it, as SQLAlchemy
# copies it: Model.attr read after the classes are mapped is that class's
# column, whichever class used the mixin last.
# RUN: %schemac dump-ir %s 2>&1 | FileCheck %s
# CHECK-LABEL: table @first
# CHECK: index @ix_first_code (@code)
# CHECK-LABEL: table @second
# CHECK-NOT: index
# CHECK: }
from sqlalchemy import Column, Index, Integer, String
from sqlalchemy.orm import declarative_base

Base = declarative_base()


class CodeMixin:
    code = Column(String(10))


class First(CodeMixin, Base):
    __tablename__ = "first"
    id = Column(Integer, primary_key=True)


class Second(CodeMixin, Base):
    __tablename__ = "second"
    id = Column(Integer, primary_key=True)


Index("ix_first_code", First.code)
