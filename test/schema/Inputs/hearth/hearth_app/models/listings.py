import datetime as dt

from sqlalchemy import func
from sqlalchemy.orm import validates

from .. import settings
from ..enums import EnergyRating, ListingKind, PropertyType
from ..extensions import db

listing_features = db.Table(
    "listing_features",
    db.Column("listing_id", db.Integer, db.ForeignKey("listing.id"), primary_key=True),
    db.Column("feature_id", db.Integer, db.ForeignKey("feature.id"), primary_key=True),
)


class Feature(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    code = db.Column(db.String(32), unique=True, nullable=False)
    label = db.Column(db.String(80), nullable=False)


class Listing(db.Model):
    __table_args__ = (
        db.Index("ix_listing_geo", "latitude", "longitude"),
        db.CheckConstraint("price >= 0", name="listing_price_nonneg"),
    )

    id = db.Column(db.Integer, primary_key=True)
    reference = db.Column(db.String(20), unique=True, nullable=False)
    kind = db.Column(db.Enum(ListingKind), nullable=False, default=ListingKind.sale)
    property_type = db.Column(db.Enum(PropertyType, name="property_type"), nullable=False)
    title = db.Column(db.String(200), nullable=False)
    description = db.Column(db.Text)
    price = db.Column(db.Numeric(12, 2), nullable=False)
    currency = db.Column(db.String(3), nullable=False, default=settings.CURRENCY)
    bedrooms = db.Column(db.SmallInteger)
    bathrooms = db.Column(db.SmallInteger)
    floor_area_m2 = db.Column(db.Float)
    energy_rating = db.Column(db.Enum(EnergyRating, native_enum=False))
    address_line = db.Column(db.String(255))
    postcode = db.Column(db.String(12), index=True)
    latitude = db.Column(db.Float(precision=53))
    longitude = db.Column(db.Float(precision=53))
    agent_id = db.Column(db.Integer, db.ForeignKey("user.id"), nullable=False)
    published = db.Column(db.Boolean, nullable=False, server_default=db.text("false"))
    created_at = db.Column(db.DateTime, server_default=func.now())
    updated_at = db.Column(db.DateTime, onupdate=dt.datetime.utcnow)

    agent = db.relationship("Agent", backref="listings")
    photos = db.relationship("ListingPhoto", backref="listing", order_by="ListingPhoto.position")
    features = db.relationship(Feature, secondary=listing_features, lazy="subquery")

    @validates("currency")
    def validate_currency(self, key, value):
        assert len(value) == 3
        return value.upper()

    @property
    def price_per_m2(self):
        if self.floor_area_m2:
            return float(self.price) / self.floor_area_m2


class ListingPhoto(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    listing_id = db.Column(db.Integer, db.ForeignKey("listing.id", ondelete="CASCADE"), nullable=False)
    url = db.Column(db.String(500), nullable=False)
    caption = db.Column(db.String(200))
    position = db.Column(db.Integer, default=0)


class OpenHouse(db.Model):
    __tablename__ = "open_house_slots"

    id = db.Column(db.Integer, primary_key=True)
    listing_id = db.Column(db.Integer, db.ForeignKey(Listing.id), nullable=False)
    starts_at = db.Column(db.DateTime, nullable=False)
    ends_at = db.Column(db.DateTime, nullable=False)
    capacity = db.Column(db.Integer)

    listing = db.relationship(Listing, backref=db.backref("open_houses", cascade="all, delete-orphan"))
