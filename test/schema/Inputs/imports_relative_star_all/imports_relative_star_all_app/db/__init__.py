from .base import Base as Base, metadata  # noqa: F401
