"""Inventory service: SQLAlchemy Core only, no ORM classes."""
