"""A small blogging app in classic SQLAlchemy 1.4 declarative style."""

__version__ = "0.3.1"
