class hybrid_property:
    def __init__(self, fget, fset=None, fdel=None, expr=None, custom_comparator=None, update_expr=None):
        pass

    def setter(self, fset):
        return self

    def expression(self, expr):
        return self

    def comparator(self, comparator):
        return self

    def inplace(self):
        return self


class hybrid_method:
    def __init__(self, func, expr=None):
        pass

    def expression(self, expr):
        return self
