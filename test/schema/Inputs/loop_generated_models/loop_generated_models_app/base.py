from sqlalchemy import Column, Integer, String
from sqlalchemy.orm import declarative_base

Base = declarative_base()


class LookupMixin:
    """Shared shape of every lookup table."""

    id = Column(Integer, primary_key=True)
    label = Column(String(100), nullable=False)

    def __str__(self):
        return self.label


def make_lookup(name, code_length=3, extra=None):
    """Build a mapped lookup class called `name` on table `<name>_codes`."""
    attrs = {
        "__tablename__": name.lower() + "_codes",
        "code": Column(String(code_length), unique=True, nullable=False),
    }
    attrs.update(extra or {})
    return type(name, (LookupMixin, Base), attrs)
