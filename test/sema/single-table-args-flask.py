# Flask-SQLAlchemy names every model's table, a single-table subclass's too
# (its __table_cls__ then makes none): so SQLAlchemy keeps the
# __table_args__ a mixin gives the subclass, directly or through its mapped
# parent, and raises. Without a table name, as in plain declarative, it
# drops them. Each class checked alone against SQLAlchemy 1.4.46 and 2.0.52
# with Flask-SQLAlchemy 3.0.
# RUN: %expect_exit 1 %schemac schema --sqlalchemy=1.4 %s 2>&1 | FileCheck %s --implicit-check-not=error: --implicit-check-not=warning:
# CHECK: single-table-args-flask.py:[[@LINE+31]]:1: error: class 'single-table-args-flask.Manager' maps into its parent's table (single-table inheritance), yet Flask-SQLAlchemy names a table for it ('manager'), so SQLAlchemy keeps the __table_args__ of 'single-table-args-flask.IndexedMixin' and raises ("Can't place __table_args__ on an inherited class with no table"); the analysis leaves them out
# CHECK: single-table-args-flask.py:[[@LINE+46]]:1: error: class 'single-table-args-flask.Clerk' maps into its parent's table (single-table inheritance), yet Flask-SQLAlchemy names a table for it ('clerk'), so SQLAlchemy keeps the __table_args__ of 'single-table-args-flask.IndexedMixin' and raises
# CHECK: table employee
# CHECK-NOT: ix_kind_name
# CHECK: table leveled
from flask_sqlalchemy import SQLAlchemy
from sqlalchemy import CheckConstraint, Index
from sqlalchemy.orm import declared_attr, has_inherited_table

db = SQLAlchemy()


class IndexedMixin:
    __table_args__ = (Index("ix_kind_name", "kind", "name"),)


class QuietMixin:
    @declared_attr
    def __table_args__(cls):
        if has_inherited_table(cls):
            return None
        return (CheckConstraint("level >= 0", name="ck_level"),)


class Employee(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    kind = db.Column(db.String(20))
    name = db.Column(db.String(50))
    __mapper_args__ = {"polymorphic_on": kind, "polymorphic_identity": "employee"}


class Manager(IndexedMixin, Employee):
    __mapper_args__ = {"polymorphic_identity": "manager"}


class Plain(Employee):
    __tablename__ = None
    __mapper_args__ = {"polymorphic_identity": "plain"}


class Staff(IndexedMixin, db.Model):
    id = db.Column(db.Integer, primary_key=True)
    kind = db.Column(db.String(20))
    name = db.Column(db.String(50))
    __mapper_args__ = {"polymorphic_on": kind, "polymorphic_identity": "staff"}


class Clerk(Staff):
    __mapper_args__ = {"polymorphic_identity": "clerk"}


class Leveled(QuietMixin, db.Model):
    id = db.Column(db.Integer, primary_key=True)
    kind = db.Column(db.String(20))
    level = db.Column(db.Integer)
    __mapper_args__ = {"polymorphic_on": kind, "polymorphic_identity": "leveled"}


class Senior(Leveled):
    __mapper_args__ = {"polymorphic_identity": "senior"}
