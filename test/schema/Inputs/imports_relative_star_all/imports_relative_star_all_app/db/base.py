import sqlalchemy as sa
from sqlalchemy import orm as so

metadata = sa.MetaData(schema=None)


class Base(so.DeclarativeBase):
    metadata = metadata
