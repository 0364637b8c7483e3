from enum import Enum


class EpisodeType(str, Enum):
    full = "full"
    trailer = "trailer"
    bonus = "bonus"


class Explicitness(str, Enum):
    clean = "clean"
    explicit = "explicit"
