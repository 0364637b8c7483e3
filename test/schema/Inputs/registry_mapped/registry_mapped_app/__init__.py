"""Mapping through registry objects: decorators, dataclasses, imperative."""
from sqlalchemy.orm import registry

mapper_registry = registry()
