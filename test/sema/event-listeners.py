# Listeners of a type's or a column's attaching run as SQLAlchemy runs them:
# a type's when a Column takes it, a column's when its table does (with
# the column's name and table set), whether registered on a class or on
# the object. Indico's PyIntEnum adds a CHECK of its enum's values so,
# with type_coerce() and no append (the CHECK attaches to its column's
# table, each copy's of an abstract base's column); another appends one. Other listeners are registered, not run:
# those of events that change the DDL (a trigger after create) are
# reported, those of ORM events that change neither (before_insert) are
# not; nor are attach listeners of tables and constraints, which are
# reported. event.remove(), once= and named= count. Expected: SQLAlchemy 1.4.
# RUN: %schemac schema %s 2>&1 | FileCheck %s --implicit-check-not=warning:
import enum

import sqlalchemy as sa
from sqlalchemy import DDL, event
from sqlalchemy.orm import declarative_base


class Small(sa.types.TypeDecorator):
    impl = sa.SmallInteger
    cache_ok = True


@event.listens_for(Small, "before_parent_attach")
def _type_attached(type_, col):
    @event.listens_for(col, "after_parent_attach")
    def _col_attached(col, table):
        table.append_constraint(sa.CheckConstraint(col.in_([0, 1]), name=f"ck_{table.name}_valid_{col.name}"))


class PyIntEnum(sa.types.TypeDecorator, sa.types.SchemaType):
    impl = sa.SmallInteger
    cache_ok = True

    def __init__(self, enum=None, exclude_values=None):
        self.enum = enum
        self.exclude_values = frozenset(exclude_values or ())
        sa.types.TypeDecorator.__init__(self)
        sa.types.SchemaType.__init__(self)


@event.listens_for(PyIntEnum, "before_parent_attach")
def _enum_attached(type_, col):
    @event.listens_for(col, "after_parent_attach")
    def _col_attached(col, table):
        int_col = sa.type_coerce(col, sa.SmallInteger)
        e = sa.CheckConstraint(
            int_col.in_(x.value for x in type_.enum if x not in type_.exclude_values),
            f"valid_enum_{col.name}",
        )
        e.info["alembic_dont_render"] = True
        assert e.table is table


class Color(int, enum.Enum):
    red = 1
    green = 2
    blue = 3


Base = declarative_base()


class A(Base):
    __tablename__ = "a"
    id = sa.Column(sa.Integer, primary_key=True)
    state = sa.Column(Small, nullable=False)
    color = sa.Column(PyIntEnum(Color, exclude_values={Color.green}), nullable=False)


class LogBase(Base):
    # Copied to each table, a new Column to which the type attaches again.
    __abstract__ = True
    id = sa.Column(sa.Integer, primary_key=True)
    kind = sa.Column(PyIntEnum(Color), nullable=False)


class EventLog(LogBase):
    __tablename__ = "event_logs"


class UserLog(LogBase):
    __tablename__ = "user_logs"


def removed(col, table):
    table.append_constraint(sa.CheckConstraint(col > 0, name=f"ck_removed_{col.name}"))


def once(col, table):
    table.append_constraint(sa.CheckConstraint(col > 1, name=f"ck_once_{col.name}"))


def named(**kw):
    kw["parent"].append_constraint(sa.CheckConstraint(kw["target"] > 2, name=f"ck_named_{kw['target'].name}"))


event.listen(sa.Column, "after_parent_attach", removed)
event.remove(sa.Column, "after_parent_attach", removed)
event.listen(sa.Column, "after_parent_attach", once, once=True)
event.listen(sa.Column, "after_parent_attach", named, named=True)


@event.listens_for(sa.Table, "after_parent_attach")
def _table_attached(table, metadata):
    pass


class B(Base):
    __tablename__ = "b"
    id = sa.Column(sa.Integer, primary_key=True)
    qty = sa.Column(sa.Integer, info={"min": 0})
    size = sa.Column(sa.String(len(qty.info) + 9))


@event.listens_for(A, "before_insert")
def _stamp(mapper, connection, target):
    pass


event.listen(A.__table__, "after_create", DDL("CREATE TRIGGER a_t AFTER INSERT ON a EXECUTE FUNCTION f()"))


# CHECK: event-listeners.py:[[#@LINE-20]]:2: warning: 'after_parent_attach' event listeners do not run in the analysis
# CHECK: event-listeners.py:[[@LINE-4]]:1: warning: 'after_create' event listeners do not run in the analysis
# CHECK: table a
# CHECK-NEXT: id INTEGER primary key not null
# CHECK-NEXT: state SMALLINT not null
# CHECK-NEXT: color SMALLINT not null
# CHECK-NEXT: check ck_a_valid_state (state IN (0, 1))
# CHECK-NEXT: check valid_enum_color (color IN (1, 3))
# CHECK: table b
# CHECK-NEXT: id INTEGER primary key not null
# CHECK-NEXT: qty INTEGER null
# CHECK-NEXT: size VARCHAR(10) null
# CHECK-NEXT: check ck_once_id (id > 1)
# CHECK-NEXT: check ck_named_id (id > 2)
# CHECK-NEXT: check ck_named_qty (qty > 2)
# CHECK-NEXT: check ck_named_size (size > 2)
# CHECK: table event_logs
# CHECK: check valid_enum_kind (kind IN (1, 2, 3))
# CHECK: table user_logs
# CHECK: check valid_enum_kind (kind IN (1, 2, 3))
