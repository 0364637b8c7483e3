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


# Names that appeared in SQLAlchemy 2.0 (see sqlalchemy/types.py).
__schemac_since__ = {"AsyncAttrs": (2, 0), "async_sessionmaker": (2, 0)}
