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


# Names that appeared in SQLAlchemy 2.0, from dir() of this module under
# 1.4.46 and 2.0.52: importing one from project code fails when the models
# run on 1.4, and tells that they run on 2.0 (sema reads this table).
__schemac_since__ = {
    "ColumnElement": (2, 0), "HybridExtensionType": (2, 0),
    "InspectionAttrExtensionType": (2, 0), "ORMDescriptor": (2, 0),
    "QueryableAttribute": (2, 0), "SQLCoreOperations": (2, 0),
    "is_has_clause_element": (2, 0),
}

# Names that SQLAlchemy 2.0 removed (the same comparison).
__schemac_until__ = {
    "HYBRID_METHOD": (2, 0), "HYBRID_PROPERTY": (2, 0),
}
