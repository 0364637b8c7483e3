# types: SimpleNamespace, which settings objects use. The module's other
# names are opaque.
class SimpleNamespace:
    def __init__(self, **kwargs):
        for name, value in kwargs.items():
            setattr(self, name, value)

    def __eq__(self, other):
        return type(other) is SimpleNamespace and vars(self) == vars(other)
