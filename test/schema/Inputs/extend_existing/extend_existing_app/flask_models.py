from flask_sqlalchemy import SQLAlchemy
from sqlalchemy import Column, Integer, String

db = SQLAlchemy()

db.Table(
    "engineer",
    Column("id", Integer, primary_key=True),
    Column("note", String(40)),
    schema="staff",
)
db.Table(
    "widget",
    Column("id", Integer, primary_key=True),
    Column("note", String(40)),
)


# __table_cls__ finds staff.engineer by the schema __table_args__ give.
class Engineer(db.Model):
    __table_args__ = {"extend_existing": True, "schema": "staff"}
    id = db.Column(db.Integer, primary_key=True)
    level = db.Column(db.String(10))


class Widget(db.Model):
    __table_args__ = {"extend_existing": True}
    id = db.Column(db.Integer, primary_key=True)
    size = db.Column(db.String(10))
