import enum


class ListingKind(enum.Enum):
    sale = "sale"
    rent = "rent"
    auction = "auction"


class PropertyType(enum.Enum):
    apartment = "apartment"
    house = "house"
    land = "land"
    commercial = "commercial"


class EnergyRating(enum.Enum):
    A = "A"
    B = "B"
    C = "C"
    D = "D"
    E = "E"
    F = "F"
    G = "G"
