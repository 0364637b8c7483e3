"""Mapper registry. Models use the ``@mapper_registry.mapped`` decorator style."""
from sqlalchemy import MetaData
from sqlalchemy.orm import registry

metadata = MetaData(naming_convention={
    "pk": "pk_%(table_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ix": "ix_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
})
mapper_registry = registry(metadata=metadata)
Base = mapper_registry.generate_base()
