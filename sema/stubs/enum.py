class Enum:
    pass


class IntEnum(int, Enum):
    pass


class StrEnum(str, Enum):
    pass


class Flag(Enum):
    pass


class IntFlag(int, Flag):
    pass


class auto:
    def __init__(self):
        pass


def unique(cls):
    return cls
