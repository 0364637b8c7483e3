# sqlalchemy.dialects.postgresql: its types (the generic ones re-exported).
from sqlalchemy.types import (
    ARRAY as _ARRAY, BIGINT, BOOLEAN, CHAR, DATE, DOUBLE_PRECISION, FLOAT,
    INTEGER, NUMERIC, REAL, SMALLINT, TEXT, VARCHAR, Enum as _Enum, JSON as _JSON,
    TypeEngine, UUID as _UUID, Interval,
)


class ARRAY(_ARRAY):
    pass


class ENUM(_Enum):
    pass


class JSON(_JSON):
    pass


class JSONB(JSON):
    pass


class UUID(_UUID):
    pass


class INET(TypeEngine):
    def __init__(self):
        pass


class CIDR(TypeEngine):
    def __init__(self):
        pass


class MACADDR(TypeEngine):
    def __init__(self):
        pass


class MONEY(TypeEngine):
    def __init__(self):
        pass


class OID(TypeEngine):
    def __init__(self):
        pass


class BYTEA(TypeEngine):
    def __init__(self, length=None):
        pass


class TSVECTOR(TypeEngine):
    def __init__(self):
        pass


class HSTORE(TypeEngine):
    def __init__(self, text_type=None):
        pass


class CITEXT(TEXT):
    pass


class INTERVAL(Interval):
    def __init__(self, precision=None, fields=None):
        pass


class TIMESTAMP(TypeEngine):
    def __init__(self, timezone=False, precision=None):
        pass


class TIME(TypeEngine):
    def __init__(self, timezone=False, precision=None):
        pass


class BIT(TypeEngine):
    def __init__(self, length=None, varying=False):
        pass


class INT4RANGE(TypeEngine):
    pass


class INT8RANGE(TypeEngine):
    pass


class NUMRANGE(TypeEngine):
    pass


class DATERANGE(TypeEngine):
    pass


class TSRANGE(TypeEngine):
    pass


class TSTZRANGE(TypeEngine):
    pass


def array(*args, **kw):
    return None
