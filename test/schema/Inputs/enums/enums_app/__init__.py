"""Ticket tracker: the many ways SQLAlchemy turns enums into column types."""
