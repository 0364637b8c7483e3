from .base import Base
from .samples import Study, Subject, Sample, Aliquot
from .sequencing import Plate, PlateWell, Run, Library, QCMetric

__all__ = ["Base", "Study", "Subject", "Sample", "Aliquot", "Plate", "PlateWell", "Run",
           "Library", "QCMetric"]
