"""Lookup tables made by type() in a loop, their columns declared by
annotations in the class dictionary, as a class statement would."""
from typing import Optional

from sqlalchemy import String
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class Base(DeclarativeBase):
    pass


LOOKUPS = {"Country": 2, "Currency": 3, "Language": 5}


def make_lookup(name, code_length):
    return type(
        name,
        (Base,),
        {
            "__tablename__": name.lower() + "_codes",
            "__annotations__": {
                "id": Mapped[int],
                "code": Mapped[str],
                "label": Mapped[Optional[str]],
            },
            "id": mapped_column(primary_key=True),
            "code": mapped_column(String(code_length), unique=True),
            "label": mapped_column(String(80)),
        },
    )


Country, Currency, Language = (make_lookup(n, l) for n, l in LOOKUPS.items())
