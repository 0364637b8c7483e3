"""Flags, environments, rules and audit log."""
import datetime
import enum
import hashlib
import secrets

from sqlalchemy import func
from sqlalchemy.ext.declarative import declared_attr
from sqlalchemy.ext.hybrid import hybrid_property

from .db import db

try:
    import marshmallow  # noqa: F401  (schemas live in api.py)
except ImportError:
    marshmallow = None

KEY_LENGTH = 64


class RolloutStrategy(enum.Enum):
    ALL = "all"
    PERCENTAGE = "percentage"
    USER_IDS = "user_ids"
    SEGMENT = "segment"


class TimestampModel(db.Model):
    __abstract__ = True

    created_at = db.Column(db.DateTime, nullable=False, server_default=func.now())
    updated_at = db.Column(db.DateTime, nullable=False, default=datetime.datetime.utcnow,
                           onupdate=datetime.datetime.utcnow)


class ProjectScoped:
    @declared_attr
    def project_id(cls):
        return db.Column(db.Integer, db.ForeignKey("project.id", ondelete="CASCADE"), nullable=False)


flag_tags = db.Table(
    "flag_tags",
    db.Column("flag_id", db.Integer, db.ForeignKey("feature_flag.id"), primary_key=True),
    db.Column("tag", db.String(32), primary_key=True),
)


class Project(TimestampModel):
    id = db.Column(db.Integer, primary_key=True)
    key = db.Column(db.String(KEY_LENGTH), unique=True, nullable=False)
    name = db.Column(db.String(120), nullable=False)

    environments = db.relationship("Environment", backref="project", lazy=True)
    flags = db.relationship("FeatureFlag", back_populates="project")


class Environment(ProjectScoped, db.Model):
    __table_args__ = (db.UniqueConstraint("project_id", "key"),)

    id = db.Column(db.Integer, primary_key=True)
    key = db.Column(db.String(KEY_LENGTH), nullable=False)
    name = db.Column(db.String(120), nullable=False)
    color = db.Column(db.String(7))
    production = db.Column(db.Boolean, nullable=False, default=False)
    sort_order = db.Column(db.Integer, server_default=db.text("0"))


class APIKey(ProjectScoped, db.Model):
    """SDK keys; only the hash is stored."""

    id = db.Column(db.Integer, primary_key=True)
    environment_id = db.Column(db.Integer, db.ForeignKey(Environment.id), nullable=False)
    prefix = db.Column(db.String(8), nullable=False, index=True)
    key_hash = db.Column(db.String(64), nullable=False, unique=True)
    server_side = db.Column(db.Boolean, default=True)
    last_used_at = db.Column(db.DateTime)

    @staticmethod
    def generate():
        raw = secrets.token_urlsafe(32)
        return raw, hashlib.sha256(raw.encode()).hexdigest()


class FeatureFlag(ProjectScoped, TimestampModel):
    __table_args__ = (
        db.UniqueConstraint("project_id", "key"),
        db.Index("ix_feature_flag_archived", "archived", "project_id"),
    )

    id = db.Column(db.Integer, primary_key=True)
    key = db.Column(db.String(KEY_LENGTH), nullable=False)
    description = db.Column(db.Text)
    kind = db.Column(db.String(16), nullable=False, default="boolean")
    temporary = db.Column(db.Boolean, nullable=False, default=True)
    archived = db.Column(db.Boolean, nullable=False, server_default=db.false())
    maintainer_email = db.Column(db.String(254))

    project = db.relationship(Project, back_populates="flags")
    states = db.relationship("FlagState", backref="flag", cascade="all, delete-orphan")

    def __repr__(self):
        return f"<FeatureFlag {self.key}>"


class FlagState(db.Model):
    """Per-environment state of a flag."""

    flag_id = db.Column(db.Integer, db.ForeignKey("feature_flag.id"), primary_key=True)
    environment_id = db.Column(db.Integer, db.ForeignKey("environment.id"), primary_key=True)
    enabled = db.Column(db.Boolean, nullable=False, default=False)
    strategy = db.Column(db.Enum(RolloutStrategy, values_callable=lambda x: [e.value for e in x]),
                         nullable=False, default=RolloutStrategy.ALL)
    percentage = db.Column(db.SmallInteger, db.CheckConstraint("percentage BETWEEN 0 AND 100", name="percentage_range"))
    rules = db.Column(db.JSON, nullable=False, default=list)
    version = db.Column(db.Integer, nullable=False, default=1)

    __mapper_args__ = {"version_id_col": version}

    @hybrid_property
    def is_partial(self):
        return self.strategy != RolloutStrategy.ALL


class AuditLogEntry(db.Model):
    __tablename__ = "audit_log"
    __table_args__ = dict(comment="Append-only audit trail")

    id = db.Column(db.BigInteger().with_variant(db.Integer, "sqlite"), primary_key=True)
    project_id = db.Column(db.Integer, db.ForeignKey("project.id"), index=True)
    actor = db.Column(db.String(254), nullable=False)
    action = db.Column(db.String(40), nullable=False)
    target_key = db.Column("target", db.String(KEY_LENGTH))
    payload = db.Column(db.JSON)
    at = db.Column(db.DateTime, nullable=False, server_default=db.func.now(), index=True)
