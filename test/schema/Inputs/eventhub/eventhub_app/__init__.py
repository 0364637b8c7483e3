"""eventhub — conference & meetup ticketing (SQLAlchemy 2.0 dataclass mapping)."""
