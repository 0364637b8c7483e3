"""Enumerations shared by models and the API layer."""
import enum


class BuildStatus(str, enum.Enum):
    queued = "queued"
    running = "running"
    passed = "passed"
    failed = "failed"
    cancelled = "cancelled"

    @property
    def finished(self) -> bool:
        return self in (BuildStatus.passed, BuildStatus.failed, BuildStatus.cancelled)


class TriggerKind(enum.Enum):
    PUSH = "push"
    PULL_REQUEST = "pull_request"
    SCHEDULE = "schedule"
    MANUAL = "manual"


class Visibility(enum.StrEnum):
    PUBLIC = enum.auto()
    INTERNAL = enum.auto()
    PRIVATE = enum.auto()


class RunnerOS(enum.Enum):
    LINUX = 1
    MACOS = 2
    WINDOWS = 3
