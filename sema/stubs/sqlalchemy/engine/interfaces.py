# What a TypeDecorator's load_dialect_impl() sees of a dialect.
class Dialect:
    def __init__(self, name):
        self.name = name

    def type_descriptor(self, typeobj):
        return typeobj
