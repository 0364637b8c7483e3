"""Collection objects.  Specialised object kinds extend the base record (joined inheritance)."""
from dataclasses import dataclass
from typing import Optional

from sqlalchemy import (
    Boolean, CheckConstraint, Column, Date, Enum, Float, ForeignKey, Index, Integer, Numeric,
    String, Table, Text, Unicode, UnicodeText, text,
)
from sqlalchemy.ext.hybrid import hybrid_property
from sqlalchemy.orm import relationship

from curio_app.collection.base import Base
from curio_app.collection.vocab import AcquisitionMethod, Condition, enum_values

__all__ = ["CollectionObject", "Artwork", "Specimen", "Artifact", "Acquisition", "object_makers",
           "ObjectSummary"]

object_makers = Table(
    "object_makers",
    Base.metadata,
    Column("object_id", Integer, ForeignKey("collection_objects.id"), primary_key=True),
    Column("person_id", Integer, ForeignKey("people.id"), primary_key=True),
    Column("attribution", String(40), nullable=False, server_default="maker"),
)


@dataclass
class ObjectSummary:
    accession_number: str
    title: str
    on_display: bool


class Acquisition(Base):
    __tablename__ = "acquisitions"

    reference = Column(String(30), nullable=False, unique=True)
    method = Column(Enum(AcquisitionMethod, values_callable=enum_values, name="acquisition_method"),
                    nullable=False)
    acquired_on = Column(Date)
    source_name = Column(Unicode(200))
    price = Column(Numeric(12, 2))
    credit_line = Column(Unicode(400))


class CollectionObject(Base):
    __tablename__ = "collection_objects"
    __table_args__ = (
        Index("ix_collection_objects_kind_display", "kind", "on_display"),
        CheckConstraint("height_cm IS NULL OR height_cm > 0", name="ck_positive_height"),
    )

    accession_number = Column(String(32), nullable=False, unique=True)
    kind = Column(String(16), nullable=False)
    title = Column(Unicode(300), nullable=False)
    description = Column(UnicodeText)
    condition = Column(Enum(Condition, native_enum=False, values_callable=enum_values, length=12),
                       default=Condition.GOOD)
    height_cm = Column(Float)
    width_cm = Column(Float)
    depth_cm = Column(Float)
    on_display = Column(Boolean, nullable=False, server_default=text("false"))
    acquisition_id = Column(Integer, ForeignKey("acquisitions.id"))

    acquisition = relationship(Acquisition, backref="objects")
    makers = relationship("Person", secondary=object_makers, backref="works")

    __mapper_args__ = {"polymorphic_on": kind, "polymorphic_identity": "object"}

    @hybrid_property
    def volume_cm3(self):
        if None in (self.height_cm, self.width_cm, self.depth_cm):
            return None
        return self.height_cm * self.width_cm * self.depth_cm

    def summary(self):
        return ObjectSummary(self.accession_number, self.title, self.on_display)


class Artwork(CollectionObject):
    __tablename__ = "artworks"

    id = Column(Integer, ForeignKey("collection_objects.id"), primary_key=True)
    medium = Column(Unicode(200))
    date_made = Column(String(40), comment="free text, e.g. 'c. 1870'")
    signed = Column(Boolean, default=False)
    framed = Column(Boolean)

    __mapper_args__ = {"polymorphic_identity": "artwork"}


class Specimen(CollectionObject):
    __tablename__ = "specimens"

    id = Column(Integer, ForeignKey("collection_objects.id"), primary_key=True)
    taxon = Column(String(200), index=True)
    collector_number = Column(String(40))
    locality = Column(UnicodeText)
    latitude = Column(Numeric(9, 6))
    longitude = Column(Numeric(9, 6))
    preparation = Column(String(40), default="dry")

    __mapper_args__ = {"polymorphic_identity": "specimen"}


class Artifact(CollectionObject):
    __tablename__ = "artifacts"

    id = Column(Integer, ForeignKey("collection_objects.id"), primary_key=True)
    culture = Column(String(100))
    period = Column(String(100))
    material = Column(String(100))

    __mapper_args__ = {"polymorphic_identity": "artifact"}
