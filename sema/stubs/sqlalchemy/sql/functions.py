from sqlalchemy.sql.expression import func, Function, FunctionElement


class GenericFunction(Function):
    # SQLAlchemy names the function after the class, or its own `name`
    # attribute (sema reads them).
    def __init__(self, *clauses, **kwargs):
        pass
