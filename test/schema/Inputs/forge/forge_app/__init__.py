"""Forge: a small self-hosted CI server."""

__version__ = "0.9.3"
