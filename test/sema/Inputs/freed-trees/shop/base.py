from sqlalchemy import ForeignKey, Integer, String
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column


class Base(DeclarativeBase):
    pass


def code_column(length):
    """A helper the models call after this module has run."""
    return mapped_column(String(length), nullable=False)


class Owned:
    # Read when each subclass is mapped, in other modules, after this
    # module's syntax tree is freed.
    owner_note: Mapped[str | None] = mapped_column(String(40))

    @declared_attr
    def owner_id(cls) -> Mapped[int]:
        return mapped_column(Integer, ForeignKey("owners.id"))


class Money:
    def __init__(self, precision, scale=2):
        self.precision = precision
        self.scale = scale
