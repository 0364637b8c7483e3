from .base import Base, metadata
from .accounts import Registrant, Contact
from .domains import Domain, Nameserver, domain_nameservers, TLD
from .zones import Zone, Record, RECORD_TYPES, history_models

__all__ = [
    "Base", "metadata", "Registrant", "Contact", "Domain", "Nameserver", "domain_nameservers",
    "TLD", "Zone", "Record", "RECORD_TYPES", "history_models",
]
