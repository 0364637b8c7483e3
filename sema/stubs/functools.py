class partial:
    def __init__(self, func, *args, **keywords):
        self.func = func
        self.args = args
        self.keywords = keywords

    def __call__(self, *args, **keywords):
        merged = dict(self.keywords)
        merged.update(keywords)
        return self.func(*self.args, *args, **merged)


def wraps(wrapped, assigned=None, updated=None):
    def decorator(f):
        return f
    return decorator


def lru_cache(maxsize=128, typed=False):
    # @lru_cache, or @lru_cache(...) with arguments.
    if maxsize is not None and not isinstance(maxsize, int):
        return maxsize

    def decorator(f):
        return f
    return decorator


class cached_property(property):
    # Read like a property: what it caches is what its function returns.
    def __init__(self, fget):
        self.fget = fget


def cache(f):
    return f
