# What a @compiles function is given as its compiler: the dialect, by name,
# and process() of a SQL construct, which gives its text as the analysis
# renders it (the same on every dialect). A type compiler's process() and
# the visit_*() methods are not modelled: what is built from them is
# unknown.
class TypeCompiler:
    def __init__(self, dialect):
        self.dialect = dialect


class SQLCompiler:
    def __init__(self, dialect):
        self.dialect = dialect

    def process(self, element, **kw):
        return _schemac_sql_text(element)


class DDLCompiler(SQLCompiler):
    pass
