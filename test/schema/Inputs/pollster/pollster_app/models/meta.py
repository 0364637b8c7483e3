import sqlalchemy as sa
from sqlalchemy.orm import declarative_base

metadata = sa.MetaData(naming_convention={
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
})
Base = declarative_base(metadata=metadata)


class Entity(Base):
    """Abstract root: surrogate key and audit columns."""

    __abstract__ = True

    id = sa.Column(sa.Integer, primary_key=True)
    created = sa.Column(sa.DateTime, nullable=False, server_default=sa.func.now())
    modified = sa.Column(sa.DateTime, nullable=True, onupdate=sa.func.now())

    def __repr__(self):
        return "<{} {}>".format(type(self).__name__, self.id)
