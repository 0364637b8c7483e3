"""Pick column types depending on what is installed."""
from sqlalchemy import JSON, String
from sqlalchemy.types import UserDefinedType

try:  # a module that does not exist: the fallback is used
    from sqlalchemy.dialects.postgresql.jsonb_ext import JSONB
except ImportError:
    JSONB = JSON

try:
    from geoalchemy2 import Geometry  # optional, not installed here
except ImportError:

    class Geometry(UserDefinedType):
        """Minimal stand-in for geoalchemy2's Geometry."""

        cache_ok = True

        def __init__(self, geometry_type="GEOMETRY", srid=-1):
            self.geometry_type = geometry_type
            self.srid = srid

        def get_col_spec(self, **kw):
            return "GEOMETRY"

    HAS_GEO = False
else:
    HAS_GEO = True

try:
    import phonenumbers  # noqa: F401
except ImportError:
    phonenumbers = None
    PHONE_LEN = 32
else:
    PHONE_LEN = 20

PhoneNumber = String(PHONE_LEN) if phonenumbers is None else String(PHONE_LEN * 2)

try:
    from typing import Annotated
except ImportError:  # Python < 3.9
    from typing_extensions import Annotated  # noqa: F401
