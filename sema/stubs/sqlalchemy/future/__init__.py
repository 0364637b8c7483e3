# sqlalchemy.future: 1.4's forward-looking engine and select(), as 2.0
# keeps them; they make nothing of the schema.
from sqlalchemy import select
from sqlalchemy.engine.base import Connection, Engine


def create_engine(*args, **kwargs):
    return Engine()


# Names that SQLAlchemy 2.0 removed (the same comparison).
__schemac_until__ = {
    "Select": (2, 0), "public_factory": (2, 0),
}
