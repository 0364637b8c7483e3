"""Curio: collection management for small museums."""
import logging

log = logging.getLogger("curio")
