# Hybrids keep their functions: sema reads the getter and the expression
# function for the columns a hybrid depends on. expression() returns a copy,
# as SQLAlchemy's does; inplace (2.0) changes the hybrid itself.
class hybrid_property:
    def __init__(self, fget, fset=None, fdel=None, expr=None, custom_comparator=None, update_expr=None):
        pass

    def setter(self, fset):
        return self

    def deleter(self, fdel):
        return self

    def expression(self, expr):
        return hybrid_property(self.fget, self.fset, self.fdel, expr)

    def comparator(self, comparator):
        return self

    def update_expression(self, meth):
        return self

    @property
    def inplace(self):
        return _InPlace(self)


class hybrid_method:
    def __init__(self, func, expr=None):
        pass

    def expression(self, expr):
        return hybrid_method(self.func, expr)

    @property
    def inplace(self):
        return _InPlace(self)


class _InPlace:
    def __init__(self, attr):
        pass

    def expression(self, expr):
        self.attr.expr = expr
        return self.attr

    def setter(self, fset):
        return self.attr

    def deleter(self, fdel):
        return self.attr

    def comparator(self, comparator):
        return self.attr

    def update_expression(self, meth):
        return self.attr
