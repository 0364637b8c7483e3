# sqlalchemy.orm.collections: the collection classes a relationship's
# collection_class names; how a collection is kept makes nothing of the
# schema.


class KeyFuncDict(dict):
    def __init__(self, keyfunc=None, *dict_args, **kw):
        pass


MappedCollection = KeyFuncDict


class InstrumentedList(list):
    pass


class InstrumentedSet(set):
    pass


class InstrumentedDict(dict):
    pass


def keyfunc_mapping(keyfunc, ignore_unpopulated_attribute=False):
    return KeyFuncDict


def column_keyed_dict(mapping_spec, ignore_unpopulated_attribute=False):
    return KeyFuncDict


def attribute_keyed_dict(attr_name, ignore_unpopulated_attribute=False):
    return KeyFuncDict


mapped_collection = keyfunc_mapping
column_mapped_collection = column_keyed_dict
attribute_mapped_collection = attribute_keyed_dict


class collection:
    @staticmethod
    def appender(fn):
        return fn

    @staticmethod
    def remover(fn):
        return fn

    @staticmethod
    def iterator(fn):
        return fn

    @staticmethod
    def internally_instrumented(fn):
        return fn

    @staticmethod
    def converter(fn):
        return fn


# Names that appeared in SQLAlchemy 2.0 (see sqlalchemy/types.py).
__schemac_since__ = {
    "KeyFuncDict": (2, 0), "keyfunc_mapping": (2, 0),
    "column_keyed_dict": (2, 0), "attribute_keyed_dict": (2, 0),
}
