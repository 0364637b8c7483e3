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
    def decorator(f):
        return f
    return decorator


def cache(f):
    return f
