#--- flask_sqlalchemy_app/__init__.py
"""A Flask app's models (Flask-SQLAlchemy 3.0): names derived from class names."""
from .extensions import db


def create_app(config=None):
    from flask import Flask

    app = Flask(__name__)
    app.config.update(config or {"SQLALCHEMY_DATABASE_URI": "sqlite://"})
    db.init_app(app)
    return app
#--- flask_sqlalchemy_app/analytics.py
"""Models bound to a second database: their tables live in another MetaData."""
from .extensions import db


class PageView(db.Model):
    __bind_key__ = "analytics"

    id = db.Column(db.Integer, primary_key=True)
    url = db.Column(db.String(2048), nullable=False)
    viewed_at = db.Column(db.DateTime, index=True)


class DailyURLStats(db.Model):
    __bind_key__ = "analytics"

    day = db.Column(db.Date, primary_key=True)
    url = db.Column(db.String(2048), primary_key=True)
    views = db.Column(db.Integer, default=0)
#--- flask_sqlalchemy_app/extensions.py
from flask_sqlalchemy import SQLAlchemy
from sqlalchemy import MetaData

# a convention replaces SQLAlchemy's default {"ix": "ix_%(column_0_label)s"}
# entirely, so "ix" has to be repeated here
db = SQLAlchemy(
    metadata=MetaData(
        naming_convention={
            "ix": "ix_%(column_0_label)s",
            "fk": "fk_%(table_name)s_%(column_0_name)s",
        }
    )
)
#--- flask_sqlalchemy_app/models.py
from datetime import datetime

from .extensions import db

roles_users = db.Table(
    "roles_users",
    db.Column("user_id", db.Integer, db.ForeignKey("user.id"), primary_key=True),
    db.Column("role_id", db.Integer, db.ForeignKey("role.id"), primary_key=True),
)


class TimestampedModel(db.Model):
    __abstract__ = True

    created_at = db.Column(db.DateTime, nullable=False, default=datetime.utcnow)


class User(TimestampedModel):
    id = db.Column(db.Integer, primary_key=True)
    email = db.Column(db.String(255), unique=True, nullable=False)
    type = db.Column(db.String(20))
    roles = db.relationship("Role", secondary=roles_users, backref=db.backref("users", lazy="dynamic"))

    __mapper_args__ = {"polymorphic_on": type, "polymorphic_identity": "user"}

    def __repr__(self):
        return f"<User {self.email}>"


class Admin(User):
    """No primary key of its own: single-table inheritance, no generated name."""

    permissions_level = db.Column(db.Integer, default=1)
    __mapper_args__ = {"polymorphic_identity": "admin"}


class StaffMember(User):
    """Own primary key: joined-table inheritance on a generated `staff_member`."""

    id = db.Column(db.Integer, db.ForeignKey("user.id"), primary_key=True)
    badge = db.Column(db.String(16))
    __mapper_args__ = {"polymorphic_identity": "staff"}


class Role(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    name = db.Column(db.String(80), unique=True)


class APIKey(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    user_id = db.Column(db.Integer, db.ForeignKey(User.id), nullable=False)
    key_hash = db.Column(db.String(128), index=True)
    user = db.relationship(User, backref="api_keys")


class OAuth2Token(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    access_token = db.Column(db.String(255), nullable=False)
    expires_at = db.Column(db.DateTime, server_default=db.func.now())


class HTTPRequestLog(db.Model):
    id = db.Column(db.BigInteger, primary_key=True)
    path = db.Column(db.Text)
    status_code = db.Column(db.SmallInteger)


class Setting(db.Model):
    __tablename__ = "app_settings"

    key = db.Column(db.String(64), primary_key=True)
    value = db.Column(db.JSON)
