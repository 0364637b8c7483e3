class ClauseElement:
    pass


class Executable:
    def execution_options(self, **kw):
        return self


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
        return Label(name, self)

    # Operators build SQL expressions (CheckConstraint(price >= 0)); sema
    # renders them (sqlTextOf).
    def __lt__(self, other):
        return BinaryExpression(self, "<", other)

    def __le__(self, other):
        return BinaryExpression(self, "<=", other)

    def __gt__(self, other):
        return BinaryExpression(self, ">", other)

    def __ge__(self, other):
        return BinaryExpression(self, ">=", other)

    def __eq__(self, other):
        return BinaryExpression(self, "=", other)

    def __ne__(self, other):
        return BinaryExpression(self, "!=", other)

    def __add__(self, other):
        return BinaryExpression(self, "+", other)

    def __radd__(self, other):
        return BinaryExpression(other, "+", self)

    def __sub__(self, other):
        return BinaryExpression(self, "-", other)

    def __rsub__(self, other):
        return BinaryExpression(other, "-", self)

    def __mul__(self, other):
        return BinaryExpression(self, "*", other)

    def __rmul__(self, other):
        return BinaryExpression(other, "*", self)

    def __truediv__(self, other):
        return BinaryExpression(self, "/", other)

    def __rtruediv__(self, other):
        return BinaryExpression(other, "/", self)

    def __mod__(self, other):
        return BinaryExpression(self, "%", other)

    def in_(self, other):
        return BinaryExpression(self, "IN", other)

    def not_in(self, other):
        return BinaryExpression(self, "NOT IN", other)

    notin_ = not_in

    def like(self, other, escape=None):
        return BinaryExpression(self, "LIKE", other)

    def is_(self, other):
        return BinaryExpression(self, "IS", other)

    def is_not(self, other):
        return BinaryExpression(self, "IS NOT", other)

    isnot = is_not

    def __and__(self, other):
        return BooleanClauseList("AND", self, other)

    def __or__(self, other):
        return BooleanClauseList("OR", self, other)

    # Operators no DDL renders: kept for the columns they read (what a
    # column_property or a hybrid's expression depends on).
    def ilike(self, other, escape=None):
        return SqlOperation(self, other)

    def contains(self, other, **kw):
        return SqlOperation(self, other)

    def startswith(self, other, **kw):
        return SqlOperation(self, other)

    def endswith(self, other, **kw):
        return SqlOperation(self, other)

    def concat(self, other):
        return SqlOperation(self, other)

    def between(self, cleft, cright, symmetric=False):
        return Between(self, cleft, cright,
                       "BETWEEN SYMMETRIC" if symmetric else "BETWEEN")

    def __invert__(self):
        return Negation(self)

    def __neg__(self):
        return Negative(self)

    def collate(self, collation):
        return Collation(self, collation)

    # Operations sema does not render: count(col.distinct()),
    # col.op("||")(other).
    def distinct(self):
        return SqlOperation(self)

    def op(self, opstring, precedence=0, is_comparison=False, return_type=None, python_impl=None):
        def operate(other):
            return SqlOperation(self, other)

        return operate

    def bool_op(self, opstring, precedence=0, python_impl=None):
        return self.op(opstring, precedence, True)

    # A JSON element or an ARRAY item, by the type of the column indexed.
    def __getitem__(self, index):
        return IndexedElement(self, index)


class ColumnElement(ColumnOperators, ClauseElement):
    # ColumnElement's, not ColumnOperators': mapped_column() has none.
    def cast(self, type_):
        return Cast(self, type_)


class BinaryExpression(ColumnElement):
    def __init__(self, left, operator, right):
        pass


class BooleanClauseList(ColumnElement):
    def __init__(self, operator, *clauses):
        pass


class Between(ColumnElement):
    def __init__(self, expression, lower, upper, operator):
        pass


# ~expression: sema renders the negated operator where there is one
# (NOT LIKE, >=), else NOT.
class Negation(ColumnElement):
    def __init__(self, element):
        pass


# -expression: operators.neg, which binds tighter than any binary operator.
class Negative(ColumnElement):
    def __init__(self, element):
        pass


class Collation(ColumnElement):
    def __init__(self, expression, collation):
        pass


class IndexedElement(ColumnElement):
    def __init__(self, expression, index, as_text=False):
        self.expression = expression
        self.index = index

    # JSON's element as text: ->> where -> gives JSON.
    @property
    def astext(self):
        return IndexedElement(self.expression, self.index, True)


class UnaryExpression(ColumnElement):
    def __init__(self, element, modifier):
        pass


class TextClause(ClauseElement):
    def __init__(self, text):
        pass


class ColumnClause(ColumnElement):
    def __init__(self, text, type_=None, is_literal=False):
        pass


class SqlOperation(ColumnElement):
    def __init__(self, *operands):
        pass


class Cast(ColumnElement):
    def __init__(self, expression, type_):
        pass


class Label(ColumnElement):
    def __init__(self, name, element, type_=None):
        pass


class Case(ColumnElement):
    def __init__(self, *whens, value=None, else_=None):
        pass


class Over(ColumnElement):
    def __init__(self, element, partition_by=None, order_by=None, rows=None, range_=None):
        pass


class FunctionElement(ColumnElement):
    # A project's subclass renders through its @compiles functions
    # (ext/compiler.py), which read its clauses.
    def __init__(self, *clauses, **kwargs):
        self.clauses = clauses


class Function(FunctionElement):
    def __init__(self, name, *clauses, **kw):
        self.clauses = clauses

    def over(self, partition_by=None, order_by=None, rows=None, range_=None):
        return Over(self, partition_by, order_by)


class Select(ColumnElement):
    # Each step keeps the expressions it is given, so that a scalar
    # subquery still holds the columns it reads; correlating reads none.
    def __init__(self, *parts):
        pass

    def where(self, *clauses):
        return Select(self, *clauses)

    filter = where
    having = where
    order_by = where
    group_by = where

    # A FROM that is a subquery reads what it reads; a table or a class
    # given reads no column.
    def join(self, target, onclause=None, **kw):
        return Select(self, target, onclause)

    outerjoin = join

    def select_from(self, *froms):
        return Select(self, *froms)

    def correlate(self, *froms):
        return self

    correlate_except = correlate

    def limit(self, limit):
        return self

    offset = limit

    def scalar_subquery(self):
        return self

    as_scalar = scalar_subquery
    exists = scalar_subquery

    # A set operation keeps the other SELECTs' expressions, as where() its
    # clauses'.
    union = where
    union_all = where
    except_ = where
    except_all = where
    intersect = where
    intersect_all = where

    # A FROM of its own: its columns read what it reads.
    def subquery(self, name=None):
        return Subquery(self)

    def alias(self, name=None, flat=False):
        return Subquery(self)

    def cte(self, name=None, recursive=False, nesting=False):
        return Subquery(self)


class Subquery(Select):
    def __init__(self, select):
        pass

    @property
    def c(self):
        return _SubqueryColumns(self)

    columns = c

    # A recursive CTE's union is the CTE.
    def union(self, *selects):
        return Subquery(Select(self, *selects))

    union_all = union


class _SubqueryColumns:
    def __init__(self, subquery):
        self._subquery = subquery

    def __getattr__(self, name):
        return Label(name, self._subquery)

    def __getitem__(self, name):
        return Label(name, self._subquery)


class _FunctionGenerator:
    def __init__(self, names=()):
        self.names = names

    def __getattr__(self, name):
        return _FunctionGenerator(self.names + (name,))

    def __call__(self, *clauses, **kw):
        # func.<name>() of a GenericFunction subclass makes that class's
        # object (its identifier, any case).
        if len(self.names) == 1:
            key = self.names[0].lower()
        else:
            key = ".".join(self.names[:-1]) + "." + self.names[-1].lower()
        registered = _generic_functions.get(key)
        if registered is not None:
            return registered(*clauses, **kw)
        return Function(".".join(self.names), *clauses)


# GenericFunction subclasses by lower-case identifier (functions.py).
_generic_functions = {}


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
    # A name the naming convention must leave as it is, even one that
    # builds on %(constraint_name)s.
    return _schemac_conv(value)


def text(text):
    return TextClause(text)


class BindParameter(ColumnElement):
    # A bound value: the DDL compiler renders it as a literal.
    def __init__(self, key, value=None, type_=None, literal_execute=False):
        pass


def literal(value, type_=None, literal_execute=False):
    return BindParameter(None, value, type_, literal_execute)


def label(name, element, type_=None):
    return Label(name, element, type_)


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
    return BooleanClauseList("AND", *clauses)


def or_(*clauses):
    return BooleanClauseList("OR", *clauses)


def not_(clause):
    return Negation(clause)


def cast(expression, type_):
    return Cast(expression, type_)


def type_coerce(expression, type_):
    # Renders as the expression itself: only Python-side typing changes.
    return expression


def select(*entities):
    return Select(*entities)


def exists(*entities):
    return Select(*entities)


# join(left, right, onclause): a FROM that reads its ON clause (and a
# subquery joined, what it reads).
def join(left, right, onclause=None, isouter=False, full=False):
    return Select(left, right, onclause)


def outerjoin(left, right, onclause=None, full=False):
    return Select(left, right, onclause)


# union(s1, s2): a SELECT that reads what each reads.
def union(*selects, **kw):
    return Select(*selects)


union_all = union
except_ = union
except_all = union
intersect = union
intersect_all = union


def case(*whens, value=None, else_=None):
    return Case(*whens, value=value, else_=else_)



# ORDER BY modifiers, as index entries use them: Index("ix", desc("created")).
def desc(column):
    return UnaryExpression(column, "DESC")


def asc(column):
    return UnaryExpression(column, "ASC")


def nulls_first(column):
    return UnaryExpression(column, "NULLS FIRST")


def nulls_last(column):
    return UnaryExpression(column, "NULLS LAST")


nullsfirst = nulls_first
nullslast = nulls_last


# Names that appeared in SQLAlchemy 2.0, from dir() of this module under
# 1.4.46 and 2.0.52: importing one from project code fails when the models
# run on 1.4, and tells that they run on 2.0 (sema reads this table).
__schemac_since__ = {
    "ExpressionClauseList": (2, 0), "SQLColumnExpression": (2, 0),
    "ScalarValues": (2, 0), "SelectLabelStyle": (2, 0), "TryCast": (2, 0),
    "bitwise_not": (2, 0), "try_cast": (2, 0),
}

# Names that SQLAlchemy 2.0 removed (the same comparison).
__schemac_until__ = {
    "PARSE_AUTOCOMMIT": (2, 0), "public_factory": (2, 0), "subquery": (2, 0),
}
