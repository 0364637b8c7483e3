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
