# sqlalchemy_utils.models: the Timestamp mixin and generic_repr.
from datetime import datetime

import sqlalchemy as sa


class Timestamp:
    # Its columns are a model's as a mixin's of the project's would be.
    __schemac_mixin__ = True
    created = sa.Column(sa.DateTime, default=datetime.utcnow, nullable=False)
    updated = sa.Column(sa.DateTime, default=datetime.utcnow, nullable=False)


def generic_repr(*fields):
    # @generic_repr, or @generic_repr("field", ...) with the fields' names.
    if len(fields) == 1 and not isinstance(fields[0], str):
        return fields[0]

    def decorator(cls):
        return cls

    return decorator
