class Mutable:
    @classmethod
    def as_mutable(cls, sqltype):
        return sqltype


class MutableDict(Mutable):
    pass


class MutableList(Mutable):
    pass


# Names that appeared in SQLAlchemy 2.0, from dir() of this module under
# 1.4.46 and 2.0.52: importing one from project code fails when the models
# run on 1.4, and tells that they run on 2.0 (sema reads this table).
__schemac_since__ = {
    "AttributeEventToken": (2, 0), "Column": (2, 0),
    "DeclarativeAttributeIntercept": (2, 0), "InstanceState": (2, 0),
    "InstrumentedAttribute": (2, 0), "QueryContext": (2, 0),
    "QueryableAttribute": (2, 0), "TypeEngine": (2, 0),
    "UOWTransaction": (2, 0),
}

# Names that SQLAlchemy 2.0 removed (the same comparison).
__schemac_until__ = {
    "mapper": (2, 0),
}
