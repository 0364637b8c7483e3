from sqlalchemy.engine.base import Connection, Engine
from sqlalchemy.engine.interfaces import Dialect


# Names that appeared in SQLAlchemy 2.0, from dir() of this module under
# 1.4.46 and 2.0.52: importing one from project code fails when the models
# run on 1.4, and tells that they run on 2.0 (sema reads this table).
__schemac_since__ = {
    "BindTyping": (2, 0), "ConnectionEventsTarget": (2, 0),
    "ObjectKind": (2, 0), "ObjectScope": (2, 0), "TupleResult": (2, 0),
    "create_pool_from_url": (2, 0),
}

# Names that SQLAlchemy 2.0 removed (the same comparison).
__schemac_until__ = {
    "BaseCursorResult": (2, 0), "BufferedColumnResultProxy": (2, 0),
    "BufferedColumnRow": (2, 0), "BufferedRowResultProxy": (2, 0),
    "FullyBufferedResultProxy": (2, 0), "LegacyCursorResult": (2, 0),
    "LegacyRow": (2, 0),
}
