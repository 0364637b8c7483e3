"""Geo-tagged places; optional dependencies are imported defensively."""
