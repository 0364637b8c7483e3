# dataclasses: what settings objects in model packages use. The decorator
# leaves the class as it is; field(default=...) is the class attribute the
# decorator would leave behind, so instances read their defaults.
MISSING = object()


class Field:
    def __init__(self, default, default_factory):
        self.default = default
        self.default_factory = default_factory


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True, hash=None,
          compare=True, metadata=None, kw_only=MISSING):
    if default is not MISSING:
        return default
    return Field(default, default_factory)


def dataclass(cls=None, /, *, init=True, repr=True, eq=True, order=False, unsafe_hash=False,
              frozen=False, match_args=True, kw_only=False, slots=False):
    def wrap(cls):
        return cls

    if cls is None:
        return wrap
    return wrap(cls)
