# os: the parts model files read. The environment of the process that will
# run the models is not in the source: reading a variable gives the default
# the code supplies (None without one), with a warning at the read.
name = "posix"
sep = "/"
linesep = "\n"
curdir = "."
pardir = ".."


def getenv(key, default=None):
    return environ.get(key, default)


class _Environ:
    # What the code itself sets is known.
    def __init__(self):
        self._set = {}

    def __setitem__(self, key, value):
        self._set[key] = value

    def __getitem__(self, key):
        if key in self._set:
            return self._set[key]
        value = _schemac_getenv(key, None)
        # Unset, it raises KeyError; where nothing catches that, the
        # analysis goes on with None.
        if value is None and _schemac_caught(KeyError):
            raise KeyError(key)
        return value

    def __contains__(self, key):
        return key in self._set or _schemac_getenv(key, None) is not None

    def get(self, key, default=None):
        if key in self._set:
            return self._set[key]
        return _schemac_getenv(key, default)

    def update(self, values=(), **kw):
        self._set.update(values)
        self._set.update(kw)

    def pop(self, key, default=None):
        if key in self._set:
            return self._set.pop(key)
        return _schemac_getenv(key, default)

    def setdefault(self, key, default=None):
        if key not in self._set:
            self._set[key] = _schemac_getenv(key, default)
        return self._set[key]


environ = _Environ()
