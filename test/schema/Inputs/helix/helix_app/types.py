"""Domain enums."""
from enum import Enum, auto


class SampleType(Enum):
    DNA = auto()
    RNA = auto()
    TISSUE = auto()
    BLOOD = auto()


class QCResult(str, Enum):
    PASS = "pass"
    WARN = "warn"
    FAIL = "fail"


class Platform(Enum):
    ILLUMINA_NOVASEQ = "novaseq"
    ILLUMINA_MISEQ = "miseq"
    OXFORD_NANOPORE = "ont"
    PACBIO = "pacbio"
