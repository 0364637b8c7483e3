"""Uploaded files and key/value site settings."""
import uuid

from ..constants import MIME_MAX
from ..extensions import db


def _storage_key():
    return uuid.uuid4().hex


class Attachment(db.Model):
    __tablename__ = "attachments"

    id = db.Column(db.Integer, primary_key=True)
    post_id = db.Column(db.Integer, db.ForeignKey("post.id", ondelete="CASCADE"), index=True)
    storage_key = db.Column(db.String(32), nullable=False, unique=True, default=_storage_key)
    filename = db.Column(db.String(255), nullable=False)
    mimetype = db.Column(db.String(MIME_MAX), nullable=False, default="application/octet-stream")
    size_bytes = db.Column(db.BigInteger, nullable=False, default=0)
    width = db.Column(db.Integer)
    height = db.Column(db.Integer)
    uploaded_at = db.Column(db.DateTime, server_default=db.func.current_timestamp())

    post = db.relationship("Post", backref=db.backref("attachments", cascade="all"))

    @property
    def is_image(self):
        return self.mimetype.startswith("image/")


class SiteSetting(db.Model):
    """Editable site configuration (title, footer text, ...)."""

    key = db.Column(db.String(64), primary_key=True)
    value = db.Column(db.Text)
    value_type = db.Column(db.String(16), nullable=False, default="str")

    def __repr__(self):
        return f"<SiteSetting {self.key}={self.value!r}>"
