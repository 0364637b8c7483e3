"""Library catalogue: nested packages, aliases, star imports and re-exports."""
from .models import *  # noqa: F401,F403
from .models import __all__ as _model_names

__all__ = list(_model_names)
