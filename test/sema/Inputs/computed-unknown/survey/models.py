# What the analysis cannot resolve in a computed attribute is reported.
from geoalchemy2 import functions as geo
from sqlalchemy import Column, Integer, String, func
from sqlalchemy.ext.hybrid import hybrid_property
from sqlalchemy.orm import column_property, declarative_base, synonym

from .settings import LABEL_ATTRIBUTE

Base = declarative_base()


class Parcel(Base):
    __tablename__ = "parcels"

    id = Column(Integer, primary_key=True)
    name = Column(String(100))
    boundary = Column(String)

    # an unmodelled library: what it reads is unknown
    area = column_property(geo.ST_Area(boundary))
    # known in part: the name is read, the rest is unknown
    tagged = column_property(func.lower(name) + geo.ST_AsText(boundary))
    # a name computed at run time
    label = synonym(LABEL_ATTRIBUTE)

    @hybrid_property
    def slug(self):
        # a method of the class: what it reads
        return self._slugify()

    def _slugify(self):
        return self.name.lower() + str(self.sequence)

    @slug.expression
    def slug(cls):
        return func.lower(cls.__table__.c.title)

    @hybrid_property
    def summary(self):
        # getattr() of a name known only as it runs
        return [getattr(self, field) for field in ("name", "boundary")]
