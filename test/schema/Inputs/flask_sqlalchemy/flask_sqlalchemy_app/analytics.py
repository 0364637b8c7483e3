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
