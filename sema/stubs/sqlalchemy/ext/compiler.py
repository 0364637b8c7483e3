# @compiles keeps a class's functions by dialect name ("default" for the
# others) in the class's own _compiler_dispatcher, as SQLAlchemy does, with
# when it was made: what a class falls back to for other dialects is its
# base's dispatcher as it was then. sema reads them where it renders a type
# or a SQL expression (CompiledRenderings.cpp).
_made = []


def compiles(class_, *specs):
    # Says so where the analysis does not apply what it registers.
    _schemac_note_compiles(class_, True)

    def decorate(fn):
        existing = getattr(class_, "_compiler_dispatcher", None)
        # One a superclass has is not this class's own, and deregister()
        # left the generated compiler.
        if (
            existing is None
            or existing["__class__"] is not class_
            or "__original__" in existing
        ):
            restored = existing is not None and "__original__" in existing
            _made.append(class_)
            existing = {"__class__": class_, "__made__": len(_made)}
            # Its other dialects fall back to the generated compiler.
            if restored:
                existing["__then_original__"] = True
            class_._compiler_dispatcher = existing
        if specs:
            for spec in specs:
                existing[spec] = fn
        else:
            existing["default"] = fn
        return fn

    return decorate


def deregister(class_):
    _schemac_note_compiles(class_, False)
    class_._compiler_dispatcher = {"__class__": class_, "__original__": True}
