# Event listeners are registered, not run. Those of events that change the
# schema or its DDL (Indico's PyIntEnum appends a CHECK when its column
# attaches; a trigger after create) are reported; those of ORM events that
# change neither (before_insert) are not.
# RUN: %schemac schema %s 2>&1 | FileCheck %s --implicit-check-not=warning:
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


Base = declarative_base()


class A(Base):
    __tablename__ = "a"
    id = sa.Column(sa.Integer, primary_key=True)
    state = sa.Column(Small, nullable=False)


@event.listens_for(A, "before_insert")
def _stamp(mapper, connection, target):
    pass


event.listen(A.__table__, "after_create", DDL("CREATE TRIGGER a_t AFTER INSERT ON a EXECUTE FUNCTION f()"))


# CHECK: event-listeners.py:16:2: warning: 'before_parent_attach' event listeners do not run in the analysis: what this one adds to the schema or its DDL is missing
# CHECK: event-listeners.py:37:1: warning: 'after_create' event listeners do not run in the analysis
# CHECK: table a
# CHECK-NEXT: id INTEGER primary key not null
# CHECK-NEXT: state SMALLINT not null
