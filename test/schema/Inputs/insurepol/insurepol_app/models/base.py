from sqlalchemy import MetaData
from sqlalchemy.orm import declarative_base

Base = declarative_base(metadata=MetaData())


def _repr(obj, *fields):
    inner = ", ".join("%s=%r" % (f, getattr(obj, f, None)) for f in fields)
    return "%s(%s)" % (type(obj).__name__, inner)
