"""Python enums shared by the models and the API layer."""
import enum
from typing import Literal


class Status(enum.Enum):
    OPEN = "open"
    IN_PROGRESS = "in-progress"
    CLOSED = "closed"


class Priority(str, enum.Enum):
    low = "L"
    normal = "N"
    urgent = "URGENT"

    @property
    def weight(self) -> int:
        return {"L": 1, "N": 2, "URGENT": 3}[self.value]


class Severity(enum.IntEnum):
    MINOR = 1
    MAJOR = 2
    BLOCKER = 3


Channel = Literal["email", "sms", "webhook"]

TICKET_KINDS = ("bug", "feature", "question")
