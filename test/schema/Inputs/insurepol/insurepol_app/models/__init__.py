from .base import Base
from .parties import Party, Person, Organisation, Broker
from .policies import Policy, AutoPolicy, HomePolicy, TravelPolicy, Vehicle, Coverage
from .documents import Document, Quote, Certificate, Endorsement

__all__ = [
    "Base", "Party", "Person", "Organisation", "Broker",
    "Policy", "AutoPolicy", "HomePolicy", "TravelPolicy", "Vehicle", "Coverage",
    "Document", "Quote", "Certificate", "Endorsement",
]
