class ClauseElement:
    pass


class ColumnOperators:
    # The expression methods index and constraint definitions use.
    def desc(self):
        return UnaryExpression(self, "DESC")

    def asc(self):
        return UnaryExpression(self, "ASC")

    def nulls_first(self):
        return UnaryExpression(self, "NULLS FIRST")

    def nulls_last(self):
        return UnaryExpression(self, "NULLS LAST")

    def label(self, name):
        return self


class ColumnElement(ColumnOperators, ClauseElement):
    pass


class UnaryExpression(ColumnElement):
    def __init__(self, element, modifier):
        pass


class TextClause(ColumnElement):
    def __init__(self, text):
        pass


class ColumnClause(ColumnElement):
    def __init__(self, text, type_=None, is_literal=False):
        pass


class Function(ColumnElement):
    def __init__(self, name, *clauses, **kw):
        pass


class _FunctionGenerator:
    def __init__(self, names=()):
        self.names = names

    def __getattr__(self, name):
        return _FunctionGenerator(self.names + (name,))

    def __call__(self, *clauses, **kw):
        return Function(".".join(self.names), *clauses)


func = _FunctionGenerator()


class True_(ColumnElement):
    def __init__(self):
        pass


class False_(ColumnElement):
    def __init__(self):
        pass


class Null(ColumnElement):
    def __init__(self):
        pass


def conv(value, quote=None):
    # A name the naming convention must leave as it is; since a convention
    # without %(constraint_name)s keeps explicit names anyway, the plain
    # string serves.
    return value


def text(text):
    return TextClause(text)


def literal_column(text, type_=None):
    return ColumnClause(text, type_, True)


def column(text, type_=None):
    return ColumnClause(text, type_)


def true():
    return True_()


def false():
    return False_()


def null():
    return Null()


def and_(*clauses):
    return ColumnElement()


def or_(*clauses):
    return ColumnElement()


def not_(clause):
    return ColumnElement()


def cast(expression, type_):
    return ColumnElement()


def select(*entities):
    return ClauseElement()


def case(*whens, value=None, else_=None):
    return ColumnElement()


def literal(value, type_=None):
    return ColumnElement()
