from sqlalchemy.sql.expression import (
    func,
    Function,
    FunctionElement,
    _generic_functions,
)


class GenericFunction(Function):
    # SQLAlchemy names the function after the class, or its own `name`
    # attribute (sema reads them), and func.<identifier>() makes it.
    def __init__(self, *clauses, **kwargs):
        self.clauses = clauses

    def __init_subclass__(cls, **kw):
        if not cls.__dict__.get("_register", True):
            return
        name = cls.__dict__.get("name", cls.__name__)
        identifier = cls.__dict__.get("identifier", name)
        cls.name = name
        cls.identifier = identifier
        # func.<identifier>(), or func.<package>.<identifier>().
        package = cls.__dict__.get("package", None)
        key = identifier.lower() if package is None else package + "." + identifier.lower()
        _generic_functions[key] = cls


# SQLAlchemy's own generic functions: func.now() makes a `now`, which a
# @compiles function for functions.now renders; the dialects render the
# rest by name (passes/DialectLowering.cpp).
class coalesce(GenericFunction):
    pass


class max(GenericFunction):
    pass


class min(GenericFunction):
    pass


class sum(GenericFunction):
    pass


class now(GenericFunction):
    pass


class concat(GenericFunction):
    pass


class char_length(GenericFunction):
    pass


class random(GenericFunction):
    pass


class count(GenericFunction):
    pass


class current_date(GenericFunction):
    pass


class current_time(GenericFunction):
    pass


class current_timestamp(GenericFunction):
    pass


class current_user(GenericFunction):
    pass


class localtime(GenericFunction):
    pass


class localtimestamp(GenericFunction):
    pass


class session_user(GenericFunction):
    pass


class sysdate(GenericFunction):
    pass


class user(GenericFunction):
    pass


class array_agg(GenericFunction):
    pass
