"""Page-view counters stored in a separate database (bind "analytics")."""
from ..extensions import db


class ListingView(db.Model):
    __bind_key__ = "analytics"

    id = db.Column(db.BigInteger().with_variant(db.Integer, "sqlite"), primary_key=True)
    listing_id = db.Column(db.Integer, nullable=False, index=True)
    viewed_on = db.Column(db.Date, nullable=False)
    views = db.Column(db.Integer, nullable=False, default=0)
    source = db.Column(db.String(32))

    __table_args__ = (db.UniqueConstraint("listing_id", "viewed_on", "source"),)
