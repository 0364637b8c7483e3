# typing: only what annotations of models use.
from collections import _NamedTuple

TYPE_CHECKING = False


class _SpecialForm:
    def __init__(self, name):
        self._name = name


Any = _SpecialForm("Any")
Optional = _SpecialForm("Optional")
Union = _SpecialForm("Union")
Annotated = _SpecialForm("Annotated")
ClassVar = _SpecialForm("ClassVar")
Final = _SpecialForm("Final")
Literal = _SpecialForm("Literal")
Self = _SpecialForm("Self")
Callable = _SpecialForm("Callable")
NoReturn = _SpecialForm("NoReturn")

List = list
Dict = dict
Set = set
FrozenSet = frozenset
Tuple = tuple
Type = type
Sequence = list
MutableSequence = list
Mapping = dict
MutableMapping = dict
Iterable = list
Iterator = list
Collection = list


class TypeVar:
    def __init__(self, name, *constraints, bound=None, covariant=False, contravariant=False):
        pass


class Generic:
    pass


class Protocol:
    pass


class NamedTuple(_NamedTuple):
    # The class syntax: the annotated names are the fields, in order, and
    # the values the class body gives them their defaults.
    def __init_subclass__(cls, **kwargs):
        if NamedTuple in cls.__bases__:
            cls._fields = tuple(cls.__annotations__)
            namespace = cls.__dict__
            cls._field_defaults = {n: namespace[n] for n in cls._fields if n in namespace}

    def __new__(cls, *args, **kwargs):
        # The call: NamedTuple("Name", [("field", type), ...]) or
        # NamedTuple("Name", field=type, ...).
        if cls is NamedTuple:
            fields = args[1] if len(args) > 1 else list(kwargs.items())
            names = tuple(name for name, _ in fields)
            return type(args[0], (_NamedTuple,), {"_fields": names, "_field_defaults": {}})
        return _NamedTuple.__new__(cls, *args, **kwargs)


class TypedDict:
    pass


def cast(typ, val):
    return val


def overload(func):
    return func


def final(f):
    return f


class NewType:
    # A distinct object: SQLAlchemy's type_annotation_map matches it by
    # identity before it falls back to the supertype.
    def __init__(self, name, tp):
        self.__name__ = name
        self.__supertype__ = tp


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    return {}
