"""Core table definitions. ``metadata`` is the single MetaData of the warehouse."""
from .common import metadata
from .gazetteer import *  # noqa: F401,F403
from .stats import *  # noqa: F401,F403
from . import gazetteer, stats

__all__ = ["metadata"] + gazetteer.__all__ + stats.__all__
