# The builtin classes, as far as model files name them: annotations
# (Mapped[str]), isinstance() checks, and the descriptors of class bodies.
class object:
    def __new__(cls, *args, **kwargs):
        return _schemac_new_instance(cls)

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

    def __get__(self, obj, type=None):
        return _schemac_bind_method(self.fget, obj.__class__ if type is None else type)

    @property
    def __func__(self):
        return self.fget


class staticmethod:
    def __init__(self, fget):
        self.__func__ = fget

    def __get__(self, obj, type=None):
        return self.__func__


class property:
    def __init__(self, fget=None, fset=None, fdel=None, doc=None):
        self.fget = fget

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


class AttributeError(Exception):
    pass


# The rest of Python 3.11's exceptions: models modules define their own
# errors on them.
class BaseExceptionGroup(BaseException):
    pass


class GeneratorExit(BaseException):
    pass


class KeyboardInterrupt(BaseException):
    pass


class SystemExit(BaseException):
    pass


class ArithmeticError(Exception):
    pass


class AssertionError(Exception):
    pass


class BufferError(Exception):
    pass


class EOFError(Exception):
    pass


class LookupError(Exception):
    pass


class KeyError(LookupError):
    pass


class MemoryError(Exception):
    pass


class NameError(Exception):
    pass


class OSError(Exception):
    pass


class ReferenceError(Exception):
    pass


class RuntimeError(Exception):
    pass


class NotImplementedError(RuntimeError):
    pass


class StopAsyncIteration(Exception):
    pass


class StopIteration(Exception):
    pass


class SyntaxError(Exception):
    pass


class SystemError(Exception):
    pass


class Warning(Exception):
    pass


class BlockingIOError(OSError):
    pass


class BytesWarning(Warning):
    pass


class ChildProcessError(OSError):
    pass


class ConnectionError(OSError):
    pass


class DeprecationWarning(Warning):
    pass


class EncodingWarning(Warning):
    pass


class ExceptionGroup(BaseExceptionGroup, Exception):
    pass


class FileExistsError(OSError):
    pass


class FileNotFoundError(OSError):
    pass


class FloatingPointError(ArithmeticError):
    pass


class FutureWarning(Warning):
    pass


class ImportWarning(Warning):
    pass


class IndentationError(SyntaxError):
    pass


class IndexError(LookupError):
    pass


class InterruptedError(OSError):
    pass


class IsADirectoryError(OSError):
    pass


class NotADirectoryError(OSError):
    pass


class OverflowError(ArithmeticError):
    pass


class PendingDeprecationWarning(Warning):
    pass


class PermissionError(OSError):
    pass


class ProcessLookupError(OSError):
    pass


class RecursionError(RuntimeError):
    pass


class ResourceWarning(Warning):
    pass


class RuntimeWarning(Warning):
    pass


class SyntaxWarning(Warning):
    pass


class TimeoutError(OSError):
    pass


class UnboundLocalError(NameError):
    pass


class UnicodeError(ValueError):
    pass


class UnicodeWarning(Warning):
    pass


class UserWarning(Warning):
    pass


class ZeroDivisionError(ArithmeticError):
    pass


class BrokenPipeError(ConnectionError):
    pass


class ConnectionAbortedError(ConnectionError):
    pass


class ConnectionRefusedError(ConnectionError):
    pass


class ConnectionResetError(ConnectionError):
    pass


class TabError(IndentationError):
    pass


class UnicodeDecodeError(UnicodeError):
    pass


class UnicodeEncodeError(UnicodeError):
    pass


class UnicodeTranslateError(UnicodeError):
    pass


EnvironmentError = OSError
IOError = OSError


Ellipsis = ...
NotImplemented = None
