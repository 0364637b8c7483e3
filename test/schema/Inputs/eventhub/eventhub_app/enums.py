from enum import Enum, auto


class EventStatus(Enum):
    DRAFT = auto()
    ON_SALE = auto()
    SOLD_OUT = auto()
    CANCELLED = auto()
    FINISHED = auto()


class TicketKind(str, Enum):
    GENERAL = "general"
    VIP = "vip"
    SPEAKER = "speaker"
    STAFF = "staff"
