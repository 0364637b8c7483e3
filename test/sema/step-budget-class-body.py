# A class body that runs out of evaluation steps before its __tablename__
# is bound: the table name cannot be evaluated (a warning, as for any
# unknown name), not "has no __tablename__" (an error, which would fail a
# CI run on code that works); and past the limit, which is said once, an
# unknown condition is no news.
# RUN: %schemac schema --no-cache --sqlalchemy=2.0 %s 2>&1 | FileCheck %s --implicit-check-not=warning: --implicit-check-not=error:
# CHECK: step-budget-class-body.py:15:22: warning: evaluation step limit reached; the rest of this evaluation is unknown
# CHECK: step-budget-class-body.py:23:1: warning: table name of 'step-budget-class-body.Sharded' cannot be evaluated; the class is left unmapped
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


def name_for(i):
    while True:
        i += 1
        if i > 10 ** 6:
            return "t_big"


class Base(DeclarativeBase):
    pass


class Sharded(Base):
    __tablename__ = name_for(0)
    id: Mapped[int] = mapped_column(primary_key=True)
