# What a @compiles function is given as its compiler: the dialect, by name,
# and process() of a SQL construct, which gives its text as the analysis
# renders it (the same on every dialect). A type compiler's process() and
# visit_*() give no text: they say which type to render instead, and how
# (_RenderedType), which sema makes the type's rendering on that dialect
# when the function returns it (CompiledRenderings.cpp).
class _RenderedType:
    def __init__(self, type_, visit):
        pass


class TypeCompiler:
    def __init__(self, dialect):
        self.dialect = dialect

    def process(self, type_, **kw):
        return _RenderedType(type_, None)

    def __getattr__(self, name):
        if name.startswith("visit_"):
            return lambda type_, **kw: _RenderedType(type_, name[6:])
        return getattr(TypeCompiler, name)


class SQLCompiler:
    def __init__(self, dialect):
        self.dialect = dialect

    def process(self, element, **kw):
        return _schemac_sql_text(element)


class DDLCompiler(SQLCompiler):
    pass
