"""Flask-SQLAlchemy names a model's table before mapping it: a mixin's
declared_attr __table_args__ reads cls.__tablename__."""
from flask_sqlalchemy import SQLAlchemy
from sqlalchemy.orm import declared_attr

db = SQLAlchemy()


class SoftDeleteMixin:
    deleted_by = db.Column(db.Integer)

    @declared_attr
    def __table_args__(cls):
        return (
            db.Index("ix_%s_deleted" % cls.__tablename__, "deleted_by"),
            db.CheckConstraint("deleted_by > 0", name="ck_%s_deleted_by" % cls.__tablename__),
        )


class BlogComment(SoftDeleteMixin, db.Model):
    id = db.Column(db.Integer, primary_key=True)
    body = db.Column(db.Text)


class HTTPRequestLog(SoftDeleteMixin, db.Model):
    id = db.Column(db.Integer, primary_key=True)
