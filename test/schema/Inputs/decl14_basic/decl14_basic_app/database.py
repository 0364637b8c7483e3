"""Engine-independent declarative base shared by all model modules."""
from sqlalchemy.ext.declarative import declarative_base

Base = declarative_base()


def init_db(engine):
    """Create every table known to the base (used by the CLI)."""
    Base.metadata.create_all(bind=engine)
