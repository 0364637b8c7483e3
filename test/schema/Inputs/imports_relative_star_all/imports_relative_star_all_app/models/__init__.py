from .authors import *  # noqa: F401,F403
from .books import Book, Loan  # noqa: F401
from . import authors as _authors

__all__ = _authors.__all__ + ["Book", "Loan"]
