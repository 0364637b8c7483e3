# sqlalchemy.pool: connection pools, which models' modules import to build
# an engine; they make nothing of the schema.


class Pool:
    def __init__(self, creator=None, *args, **kw):
        pass


class QueuePool(Pool):
    pass


class AsyncAdaptedQueuePool(QueuePool):
    pass


class FallbackAsyncAdaptedQueuePool(AsyncAdaptedQueuePool):
    pass


class NullPool(Pool):
    pass


class SingletonThreadPool(Pool):
    pass


class StaticPool(Pool):
    pass


class AssertionPool(Pool):
    pass


# Names that appeared in SQLAlchemy 2.0, from dir() of this module under
# 1.4.46 and 2.0.52: importing one from project code fails when the models
# run on 1.4, and tells that they run on 2.0 (sema reads this table).
__schemac_since__ = {
    "ConnectionPoolEntry": (2, 0), "ManagesConnection": (2, 0),
    "PoolProxiedConnection": (2, 0), "PoolResetState": (2, 0),
}

# Names that SQLAlchemy 2.0 removed (the same comparison).
__schemac_until__ = {
    "clear_managers": (2, 0), "manage": (2, 0),
}
