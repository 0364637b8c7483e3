# abc: models and their helpers derive from ABC and mark abstract methods;
# neither changes what a class maps.


class ABCMeta(type):
    pass


class ABC:
    pass


def abstractmethod(funcobj):
    return funcobj


abstractproperty = property
abstractclassmethod = classmethod
abstractstaticmethod = staticmethod
