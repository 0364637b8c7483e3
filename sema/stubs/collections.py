# collections: defaultdict, which settings modules use for a choice per model
# with a default for every model not listed. The module's other names are
# opaque.
def defaultdict(default_factory=None, *args, **kwargs):
    return _schemac_defaultdict(default_factory, dict(*args, **kwargs))
