"""Public model namespace: ``from hrportal_app.models import Employee``."""
from .org import *  # noqa: F401,F403
from .people import *  # noqa: F401,F403
from .leave import *  # noqa: F401,F403
from . import org, people, leave

__all__ = org.__all__ + people.__all__ + leave.__all__
