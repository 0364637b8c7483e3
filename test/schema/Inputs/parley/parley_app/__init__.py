"""Parley - a team chat server."""
import logging

logging.getLogger(__name__).addHandler(logging.NullHandler())
