# Indico's database setup: a model_class of its own on Flask-SQLAlchemy's
# flask_sqlalchemy.model.Model, and a naming convention assigned to
# db.Model.metadata after SQLAlchemy() is made, which the tables follow.
# RUN: %schemac schema --sqlalchemy=1.4 --format=ddl %s 2>&1 | FileCheck %s --implicit-check-not=warning:
from flask_sqlalchemy import SQLAlchemy
from flask_sqlalchemy.model import Model
from sqlalchemy.orm import declarative_base


class IndicoModel(Model):
    def __repr__(self):
        return "<model>"


db = SQLAlchemy(model_class=declarative_base(cls=IndicoModel, name="Model"))
db.Model.metadata.naming_convention = {
    "pk": "pk_%(table_name)s",
    "ix": "ix_%(table_name)s_%(column_0_name)s",
}


class Event(db.Model):
    __tablename__ = "events"
    id = db.Column(db.Integer, primary_key=True)
    title = db.Column(db.String(80), index=True)


# CHECK: CONSTRAINT pk_events PRIMARY KEY (id)
# CHECK: CREATE INDEX ix_events_title ON events (title);
