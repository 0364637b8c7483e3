"""Controlled vocabularies."""
import enum


class Condition(enum.Enum):
    EXCELLENT = "excellent"
    GOOD = "good"
    FAIR = "fair"
    POOR = "poor"
    UNSTABLE = "unstable"


class AcquisitionMethod(enum.Enum):
    GIFT = "gift"
    PURCHASE = "purchase"
    BEQUEST = "bequest"
    FIELD_COLLECTION = "field collection"
    TRANSFER = "transfer"


class LocationKind(enum.Enum):
    GALLERY = "gallery"
    STORE = "store"
    LAB = "conservation lab"
    OFFSITE = "offsite"


class LoanDirection(enum.Enum):
    INCOMING = "in"
    OUTGOING = "out"


def enum_values(cls):
    return [m.value for m in cls]
