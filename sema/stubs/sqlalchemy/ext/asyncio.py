# sqlalchemy.ext.asyncio: the asyncio front end. A declarative base takes
# AsyncAttrs as a mixin (it maps nothing); engines and sessions are made in
# the same modules as the models.


class AsyncAttrs:
    @property
    def awaitable_attrs(self):
        return None


class AsyncEngine:
    def __init__(self, *args, **kwargs):
        pass


class AsyncConnection:
    def __init__(self, *args, **kwargs):
        pass


class AsyncSession:
    def __init__(self, *args, **kwargs):
        pass


def create_async_engine(*args, **kwargs):
    return AsyncEngine()


def async_engine_from_config(*args, **kwargs):
    return AsyncEngine()


def async_sessionmaker(*args, **kwargs):
    return AsyncSession


def async_scoped_session(*args, **kwargs):
    return AsyncSession()


def async_object_session(instance):
    return None


def async_session(session):
    return None


# Names that appeared in SQLAlchemy 2.0, from dir() of this module under
# 1.4.46 and 2.0.52: importing one from project code fails when the models
# run on 1.4, and tells that they run on 2.0 (sema reads this table).
__schemac_since__ = {
    "AsyncAttrs": (2, 0), "AsyncTupleResult": (2, 0),
    "async_sessionmaker": (2, 0), "close_all_sessions": (2, 0),
    "create_async_pool_from_url": (2, 0),
}

# Names that SQLAlchemy 2.0 removed (the same comparison).
__schemac_until__ = {
    "AsyncConnectionEvents": (2, 0), "AsyncSessionEvents": (2, 0),
}
