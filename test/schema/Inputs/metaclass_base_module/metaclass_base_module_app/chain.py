from .meta import NamingMeta


class ChainMeta(NamingMeta):
    def __new__(cls, name, bases, dict_):
        return super().__new__(cls, name, bases, dict_)
