"""Column types shared by the models. Only the names in __all__ are exported."""
from sqlalchemy import String, Unicode

__all__ = ["Code", "Title", "isbn_type"]

Code = String(12)
Title = Unicode(150)

# not exported: `from .types import *` must not shadow sqlalchemy's Text with this
Text = String(10)


def isbn_type():
    return String(13)
