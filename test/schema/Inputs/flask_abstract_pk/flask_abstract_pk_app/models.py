"""Flask-SQLAlchemy: an abstract base declares the primary key. A subclass
of a mapped model that declares none of its own shares its parent's table
(single-table inheritance, by __table_cls__), though the abstract base
behind its parent has one; one that declares its own gets a table."""
from flask_sqlalchemy import SQLAlchemy

db = SQLAlchemy()


class BaseModel(db.Model):
    __abstract__ = True

    id = db.Column(db.Integer, primary_key=True)


class User(BaseModel):
    kind = db.Column(db.String(16), nullable=False)
    name = db.Column(db.String(40))

    __mapper_args__ = {"polymorphic_on": kind, "polymorphic_identity": "user"}


class Admin(User):
    permissions = db.Column(db.String(200))

    __mapper_args__ = {"polymorphic_identity": "admin"}


class Editor(User):
    id = db.Column(db.Integer, db.ForeignKey("user.id"), primary_key=True)
    desk = db.Column(db.String(40))

    __mapper_args__ = {"polymorphic_identity": "editor"}
