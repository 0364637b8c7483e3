# index_property: a hybrid over an index into another attribute (a JSON
# key, an ARRAY item). What it reads is that attribute, attr_name
# (ComputedAttributes.cpp).
from sqlalchemy.ext.hybrid import hybrid_property


class index_property(hybrid_property):
    def __init__(self, attr_name, index, default=None, datatype=None,
                 mutable=True, onebased=True):
        # Kept on the object, as SQLAlchemy does, for a subclass whose own
        # __init__ passes them on (Redash's json_cast_property).
        self.attr_name = attr_name
        self.index = index
