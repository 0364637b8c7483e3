"""Skyway reservation system."""
__version__ = "2.3.1"
