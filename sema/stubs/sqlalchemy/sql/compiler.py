# What a @compiles function is given as its compiler: the dialect, by name.
# Anything else it asks of the compiler (process(), visit_*()) is not
# modelled, and what it builds from that is unknown.
class TypeCompiler:
    def __init__(self, dialect):
        self.dialect = dialect


class SQLCompiler:
    def __init__(self, dialect):
        self.dialect = dialect


class DDLCompiler(SQLCompiler):
    pass
