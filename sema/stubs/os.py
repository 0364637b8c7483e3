# os: the parts model files read. The environment of the process that will
# run the models is not in the source: reading a variable gives the default
# the code supplies (None without one), with a warning at the read.
name = "posix"
sep = "/"
linesep = "\n"
curdir = "."
pardir = ".."


def getenv(key, default=None):
    return _schemac_getenv(key, default)


class _Environ:
    def get(self, key, default=None):
        return _schemac_getenv(key, default)

    def setdefault(self, key, default=None):
        return _schemac_getenv(key, default)


environ = _Environ()
