"""Classical (imperative) mappings of the Core tables onto plain domain classes."""
from sqlalchemy import String
from sqlalchemy.orm import registry, relationship, column_property

from .schema import countries, datasets, metadata, place_names, places, regions

mapper_registry = registry(metadata=metadata)


class Country:
    def __init__(self, iso2, iso3, name):
        self.iso2, self.iso3, self.name = iso2, iso3, name

    def __repr__(self):
        return "Country(%r)" % self.iso2


class Region:
    def __repr__(self):
        return "Region(%r, %r)" % (self.country_iso2, self.code)


class Place:
    @property
    def coords(self):
        return (self.lat, self.lon)


class PlaceName:
    pass


class Dataset:
    pass


mapper_registry.map_imperatively(Country, countries, properties={
    "regions": relationship(Region, back_populates="country"),
})
mapper_registry.map_imperatively(Region, regions, properties={
    "country": relationship(Country, back_populates="regions"),
    "places": relationship(Place, back_populates="region"),
})
mapper_registry.map_imperatively(Place, places, properties={
    "id": places.c.place_id,
    "region": relationship(Region, back_populates="places"),
    "names": relationship(PlaceName, backref="place"),
})
mapper_registry.map_imperatively(PlaceName, place_names)
mapper_registry.map_imperatively(Dataset, datasets, properties={
    "version_label": column_property(datasets.c.code + ":v" + datasets.c.version.cast(String)),
})
