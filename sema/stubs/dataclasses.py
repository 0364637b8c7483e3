# dataclasses: what settings objects in model packages use. The decorator
# gives the class the __init__ it would generate, over the fields its
# annotations name (ClassVar ones are none), so that an instance made with
# arguments reads them, and one made without reads the defaults;
# field(default=...) is the class attribute the decorator would leave behind.
MISSING = object()


class Field:
    def __init__(self, default, default_factory, init=True, kw_only=MISSING):
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.kw_only = kw_only


class InitVar:
    pass


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True, hash=None,
          compare=True, metadata=None, kw_only=MISSING):
    if default is not MISSING and init and kw_only is MISSING:
        return default
    return Field(default, default_factory, init, kw_only)


def _is_class_var(annotation):
    text = annotation.strip().strip("'\"")
    return text == "ClassVar" or text.startswith(("ClassVar[", "typing.ClassVar", "t.ClassVar"))


def _is_init_var(annotation):
    text = annotation.strip().strip("'\"")
    return text.startswith(("InitVar", "dataclasses.InitVar"))


def _init(self, *args, **kwargs):
    # Positional arguments fill the fields that are not keyword-only, in
    # order; then keywords; then defaults. What __init__ would not take
    # raises TypeError, as in Python.
    fields = type(self).__dataclass_fields__
    positional = [n for n, f in fields.items() if f.init and not f.kw_only]
    if len(args) > len(positional):
        raise TypeError("__init__() takes too many positional arguments")
    given = dict(zip(positional, args))
    for name, value in kwargs.items():
        if name in given or name not in fields or not fields[name].init:
            raise TypeError(f"__init__() got an unexpected keyword argument '{name}'")
        given[name] = value
    init_vars = []
    for name, f in fields.items():
        if name in given:
            value = given[name]
        elif f.default is not MISSING:
            value = f.default
        elif f.default_factory is not MISSING:
            value = f.default_factory()
        elif f.init:
            raise TypeError(f"__init__() missing 1 required argument: '{name}'")
        else:
            continue
        if f.init_var:
            init_vars.append(value)
        else:
            setattr(self, name, value)
    post_init = getattr(self, "__post_init__", None)
    if post_init is not None:
        post_init(*init_vars)


class _FieldInfo:
    def __init__(self, default, default_factory, init, kw_only, init_var):
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.kw_only = kw_only
        self.init_var = init_var


def dataclass(cls=None, /, *, init=True, repr=True, eq=True, order=False, unsafe_hash=False,
              frozen=False, match_args=True, kw_only=False, slots=False):
    def wrap(cls):
        fields = {}
        for base in reversed(cls.__mro__[1:]):
            inherited = base.__dict__.get("__dataclass_fields__")
            if inherited is not None:
                fields.update(inherited)
        namespace = cls.__dict__
        for name, annotation in cls.__annotations__.items():
            if _is_class_var(annotation):
                continue
            value = namespace.get(name, MISSING)
            if isinstance(value, Field):
                info = _FieldInfo(value.default, value.default_factory, value.init,
                                  kw_only if value.kw_only is MISSING else value.kw_only,
                                  _is_init_var(annotation))
                if value.default is not MISSING:
                    setattr(cls, name, value.default)
            else:
                info = _FieldInfo(value, MISSING, True, kw_only, _is_init_var(annotation))
            fields[name] = info
        cls.__dataclass_fields__ = fields
        if init and "__init__" not in namespace:
            cls.__init__ = _init
        return cls

    if cls is None:
        return wrap
    return wrap(cls)
