from .ext import db


class Employee(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    kind = db.Column(db.String(20))
    __mapper_args__ = {"polymorphic_on": kind, "polymorphic_identity": "employee"}


# No key of its own, and "engineer" (no schema) is not audit.engineer: the
# column goes into employee (single-table inheritance).
class Engineer(Employee):
    level = db.Column(db.String(10))
    __mapper_args__ = {"polymorphic_identity": "engineer"}

