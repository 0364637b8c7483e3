class ConcreteBase:
    pass


class AbstractConcreteBase(ConcreteBase):
    pass


class DeferredReflection:
    pass
