from sqlalchemy.orm import declarative_base, declared_attr, as_declarative, DeclarativeMeta
from sqlalchemy.ext.declarative.extensions import AbstractConcreteBase, ConcreteBase, DeferredReflection


# Names that SQLAlchemy 2.0 removed (the same comparison).
__schemac_until__ = {
    "instrument_declarative": (2, 0),
}
