class Mutable:
    @classmethod
    def as_mutable(cls, sqltype):
        return sqltype


class MutableDict(Mutable):
    pass


class MutableList(Mutable):
    pass
