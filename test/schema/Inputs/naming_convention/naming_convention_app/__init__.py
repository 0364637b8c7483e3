"""Alembic-friendly constraint names via a MetaData naming convention (1.4 style)."""
