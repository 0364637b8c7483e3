# @compiles keeps a class's functions by dialect name ("default" for the
# others) in the class's own _compiler_dispatcher, as SQLAlchemy does; sema
# reads them where it renders a type or a SQL expression
# (CompiledRenderings.cpp).
def compiles(class_, *specs):
    def decorate(fn):
        existing = getattr(class_, "_compiler_dispatcher", None)
        # One a superclass has is not this class's own.
        if existing is None or existing["__class__"] is not class_:
            existing = {"__class__": class_}
            class_._compiler_dispatcher = existing
        if specs:
            for spec in specs:
                existing[spec] = fn
        else:
            existing["default"] = fn
        return fn

    return decorate


def deregister(class_):
    class_._compiler_dispatcher = None
