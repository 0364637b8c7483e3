from sqlalchemy import MetaData
from sqlalchemy.orm import declarative_base


def _all_column_names(constraint, table):
    """Custom token: every column of the constraint, joined with underscores."""
    return "_".join(c.name for c in constraint.columns.values())


convention = {
    "all_column_names": _all_column_names,
    "ix": "ix_%(table_name)s_%(all_column_names)s",
    "uq": "uq_%(table_name)s_%(all_column_names)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s_%(referred_column_0_name)s",
    "pk": "pk_%(table_name)s",
}

metadata = MetaData(naming_convention=convention)
Base = declarative_base(metadata=metadata)
