from datetime import datetime
from decimal import Decimal

try:
    from flask_login import UserMixin
except ImportError:  # running without the web extras (e.g. in the worker)
    class UserMixin:
        """Minimal stand-in for flask_login.UserMixin."""

        @property
        def is_authenticated(self):
            return True

        def get_id(self):
            return str(self.id)
from sqlalchemy.ext.hybrid import hybrid_property

from ..extensions import db


class User(UserMixin, db.Model):
    id = db.Column(db.Integer, primary_key=True)
    email = db.Column(db.String(255), unique=True, nullable=False)
    full_name = db.Column(db.String(120), nullable=False)
    phone = db.Column(db.String(32))
    password_hash = db.Column(db.String(128))
    role = db.Column(db.String(16), nullable=False, default="buyer")
    joined = db.Column(db.DateTime, default=datetime.utcnow)

    __mapper_args__ = {"polymorphic_on": role, "polymorphic_identity": "buyer"}

    def __repr__(self):
        return f"<User {self.email}>"


class Agent(User):
    """Agents are users stored in the same table (single-table inheritance)."""

    licence_number = db.Column(db.String(40))
    agency_id = db.Column(db.Integer, db.ForeignKey("agency.id"))

    agency = db.relationship("Agency", back_populates="agents")

    __mapper_args__ = {"polymorphic_identity": "agent"}


class Agency(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    name = db.Column(db.String(160), nullable=False)
    vat_number = db.Column(db.String(20), unique=True)
    website = db.Column(db.String(255))
    commission_rate = db.Column(db.Numeric(5, 2), nullable=False, default=Decimal("2.50"))

    agents = db.relationship(Agent, back_populates="agency")

    @hybrid_property
    def domain(self):
        return self.website.split("//")[-1] if self.website else None


class OAuth2Token(db.Model):
    """Tokens for "sign in with ..." providers (Authlib layout)."""

    id = db.Column(db.Integer, primary_key=True)
    user_id = db.Column(db.Integer, db.ForeignKey("user.id", ondelete="CASCADE"), nullable=False)
    name = db.Column(db.String(40), nullable=False)
    token_type = db.Column(db.String(40))
    access_token = db.Column(db.String(2000), nullable=False)
    refresh_token = db.Column(db.String(200))
    expires_at = db.Column(db.Integer, default=0)

    user = db.relationship(User, backref=db.backref("oauth_tokens", lazy="dynamic"))
