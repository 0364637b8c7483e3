# collections: defaultdict, which settings modules use for a choice per model
# with a default for every model not listed, OrderedDict and namedtuple. The
# module's other names are opaque.
class defaultdict(dict):
    # A class, which models subclass (CTFd's alt_defaultdict); what it makes
    # is the evaluator's dict with a factory, a subclass's methods unused.
    def __new__(cls, default_factory=None, *args, **kwargs):
        return _schemac_defaultdict(default_factory, dict(*args, **kwargs))


class OrderedDict(dict):
    # The evaluator's dict, which keeps its items in insertion order too.
    def __new__(cls, *args, **kwargs):
        return dict(*args, **kwargs)


class _NamedTuple(tuple):
    # What namedtuple() makes a class of: its fields by name and by index.
    _fields = ()
    _field_defaults = {}

    def __new__(cls, *args, **kwargs):
        self = object.__new__(cls)
        values = list(args)
        for name in cls._fields[len(args):]:
            values.append(kwargs[name] if name in kwargs else cls._field_defaults[name])
        self._values = tuple(values)
        for name, value in zip(cls._fields, values):
            setattr(self, name, value)
        return self

    def __getitem__(self, index):
        return self._values[index]

    def __iter__(self):
        return iter(self._values)

    def __len__(self):
        return len(self._values)

    def __eq__(self, other):
        return tuple(self) == tuple(other)

    def __repr__(self):
        fields = ", ".join(f"{n}={v!r}" for n, v in zip(self._fields, self._values))
        return f"{type(self).__name__}({fields})"

    def _asdict(self):
        return dict(zip(self._fields, self._values))

    def _replace(self, **kwargs):
        return type(self)(*[kwargs.get(n, v) for n, v in zip(self._fields, self._values)])

    @classmethod
    def _make(cls, iterable):
        return cls(*iterable)


def namedtuple(typename, field_names, *, rename=False, defaults=None, module=None):
    if isinstance(field_names, str):
        field_names = field_names.replace(",", " ").split()
    fields = tuple(field_names)
    defaults = tuple(defaults or ())
    field_defaults = dict(zip(fields[len(fields) - len(defaults):], defaults))
    return type(typename, (_NamedTuple,), {"_fields": fields, "_field_defaults": field_defaults})
