from sqlalchemy.orm import declarative_base

Base = declarative_base()


class ReprMixin(object):
    __repr_attrs__ = ("id",)

    def __repr__(self):
        attrs = ", ".join("%s=%r" % (a, getattr(self, a, None)) for a in self.__repr_attrs__)
        return "%s(%s)" % (self.__class__.__name__, attrs)
