class Enum:
    pass


# Its members' str() and format() are their values' (Python 3.11).
class ReprEnum(Enum):
    pass


class IntEnum(int, ReprEnum):
    pass


class StrEnum(str, ReprEnum):
    pass


class Flag(Enum):
    pass


class IntFlag(int, ReprEnum, Flag):
    pass


class auto:
    def __init__(self):
        pass


def unique(cls):
    return cls
