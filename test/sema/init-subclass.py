# type.__new__ runs the nearest base's __init_subclass__ with the class
# keywords before the class is mapped: a mixin's hook that names each
# subclass's table (from a keyword, unless the class names it) gives the
# tables SQLAlchemy 2.0 builds.
# RUN: %schemac schema --format=json %s 2>%t.err | %python -c "import json,sys; print([(t['name'], [c['name'] for c in t['columns']]) for t in json.load(sys.stdin)['tables']])" | FileCheck %s
# RUN: FileCheck %s --check-prefix=DIAG --allow-empty < %t.err
# DIAG-NOT: {{warning|error}}:
# CHECK: [('app_invoice', ['total', 'id']), ('billing_refund', ['amount', 'id']), ('legacy_rows', ['code', 'id'])]
from sqlalchemy import Column, Integer, String
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class Base(DeclarativeBase):
    pass


class Prefixed:
    """A mixin whose hook names each subclass's table, from a class keyword."""

    @classmethod
    def __init_subclass__(cls, prefix="app_", **kw):
        if "__tablename__" not in cls.__dict__:
            cls.__tablename__ = prefix + cls.__name__.lower()
        super().__init_subclass__(**kw)


class Audited(Prefixed, Base):
    __abstract__ = True
    id: Mapped[int] = mapped_column(primary_key=True)


class Invoice(Audited):
    total: Mapped[int]


class Refund(Audited, prefix="billing_"):
    amount: Mapped[int]


class Legacy(Audited):
    __tablename__ = "legacy_rows"
    code = Column(String(8))
