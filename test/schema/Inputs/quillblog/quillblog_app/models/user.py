"""Accounts and roles."""
from datetime import datetime

from sqlalchemy.ext.hybrid import hybrid_property
from sqlalchemy.orm import validates
from werkzeug.security import check_password_hash, generate_password_hash

from ..constants import EMAIL_MAX, USERNAME_MAX, DEFAULT_LOCALE
from ..extensions import db
from ..utils import new_token

roles_users = db.Table(
    "roles_users",
    db.Column("user_id", db.Integer, db.ForeignKey("user.id", ondelete="CASCADE"), primary_key=True),
    db.Column("role_id", db.Integer, db.ForeignKey("role.id", ondelete="CASCADE"), primary_key=True),
)


class Role(db.Model):
    """A named permission bundle (admin, editor, author)."""

    id = db.Column(db.Integer, primary_key=True)
    name = db.Column(db.String(32), unique=True, nullable=False)
    description = db.Column(db.String(255))

    def __repr__(self):
        return f"<Role {self.name}>"


class User(db.Model):
    """A registered person who can log in and write posts."""

    id = db.Column(db.Integer, primary_key=True)
    username = db.Column(db.String(USERNAME_MAX), unique=True, nullable=False, index=True)
    email = db.Column(db.String(EMAIL_MAX), unique=True, nullable=False)
    _password = db.Column("password_hash", db.String(256), nullable=False)
    display_name = db.Column(db.String(80))
    bio = db.Column(db.Text)
    locale = db.Column(db.String(12), nullable=False, default=DEFAULT_LOCALE,
                       server_default=DEFAULT_LOCALE)
    is_active = db.Column(db.Boolean, nullable=False, default=True, server_default=db.true())
    api_token = db.Column(db.String(64), default=new_token, unique=True)
    created_at = db.Column(db.DateTime, nullable=False, default=datetime.utcnow)
    last_seen = db.Column(db.DateTime, server_default=db.func.now())

    roles = db.relationship("Role", secondary=roles_users, backref=db.backref("users", lazy="dynamic"))
    posts = db.relationship("Post", back_populates="author", lazy="dynamic")

    @hybrid_property
    def password(self):
        return self._password

    @password.setter
    def password(self, raw):
        self._password = generate_password_hash(raw)

    def check_password(self, raw):
        return check_password_hash(self._password, raw)

    @validates("email")
    def _normalise_email(self, key, value):
        return value.strip().lower()

    def has_role(self, name):
        return any(r.name == name for r in self.roles)

    def __repr__(self):
        return "<User %r>" % self.username
