# sqlalchemy.dialects.postgresql: its types (the generic ones re-exported).
from sqlalchemy.sql.expression import SqlOperation as _SqlOperation
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


# ARRAY[...]: an expression sema does not render, which reads its items.
def array(clauses, **kw):
    return _SqlOperation(*clauses)


# Names that appeared in SQLAlchemy 2.0, from dir() of this module under
# 1.4.46 and 2.0.52: importing one from project code fails when the models
# run on 1.4, and tells that they run on 2.0 (sema reads this table).
__schemac_since__ = {
    "AbstractMultiRange": (2, 0), "AbstractRange": (2, 0),
    "AbstractSingleRange": (2, 0), "CITEXT": (2, 0),
    "CreateDomainType": (2, 0), "DATEMULTIRANGE": (2, 0), "DOMAIN": (2, 0),
    "DropDomainType": (2, 0), "INT4MULTIRANGE": (2, 0),
    "INT8MULTIRANGE": (2, 0), "JSONPATH": (2, 0), "MultiRange": (2, 0),
    "NUMMULTIRANGE": (2, 0), "NamedType": (2, 0), "REGCONFIG": (2, 0),
    "Range": (2, 0), "TSMULTIRANGE": (2, 0), "TSQUERY": (2, 0),
    "TSTZMULTIRANGE": (2, 0), "phraseto_tsquery": (2, 0),
    "plainto_tsquery": (2, 0), "psycopg_async": (2, 0), "to_tsquery": (2, 0),
    "to_tsvector": (2, 0), "ts_headline": (2, 0),
    "websearch_to_tsquery": (2, 0),
}
