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
        pass

    def __init_subclass__(cls, **kw):
        name = cls.__dict__.get("name", cls.__name__)
        identifier = cls.__dict__.get("identifier", name)
        _generic_functions[identifier.lower()] = cls
