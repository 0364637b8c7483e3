# The builtin classes, as far as model files name them: annotations
# (Mapped[str]), isinstance() checks, and the descriptors of class bodies.
class object:
    def __init_subclass__(cls, **kwargs):
        pass


class type:
    pass


class NoneType:
    pass


class int:
    pass


class bool(int):
    pass


class float:
    pass


class complex:
    pass


class str:
    pass


class bytes:
    pass


class bytearray:
    pass


class tuple:
    pass


class list:
    pass


class dict:
    pass


class set:
    pass


class frozenset:
    pass


class function:
    pass


class classmethod:
    def __init__(self, fget):
        pass


class staticmethod:
    def __init__(self, fget):
        pass


class property:
    def __init__(self, fget=None, fset=None, fdel=None, doc=None):
        pass

    def setter(self, fset):
        return self

    def deleter(self, fdel):
        return self


class BaseException:
    def __init__(self, *args):
        pass


class Exception(BaseException):
    pass


class ImportError(Exception):
    pass


class ModuleNotFoundError(ImportError):
    pass


class ValueError(Exception):
    pass


class TypeError(Exception):
    pass


class KeyError(Exception):
    pass


class AttributeError(Exception):
    pass


class NotImplementedError(Exception):
    pass


Ellipsis = ...
NotImplemented = None
