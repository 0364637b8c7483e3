import enum


class Priority(enum.IntEnum):
    LOW = 1
    NORMAL = 2
    HIGH = 3
    URGENT = 4


class TicketState(enum.Enum):
    NEW = "new"
    OPEN = "open"
    PENDING = "pending"
    SOLVED = "solved"
    CLOSED = "closed"


class Channel(enum.Enum):
    EMAIL = "email"
    WEB = "web"
    CHAT = "chat"
    PHONE = "phone"


SUBJECT_MAX = 250
DEFAULT_SLA_HOURS = 24
