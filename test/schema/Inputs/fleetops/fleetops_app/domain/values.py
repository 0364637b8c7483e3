import enum


class FuelType(enum.Enum):
    DIESEL = "diesel"
    PETROL = "petrol"
    ELECTRIC = "electric"
    HYBRID = "hybrid"


class LicenceClass(str, enum.Enum):
    B = "B"
    C1 = "C1"
    C = "C"
    CE = "CE"
    D = "D"


VIN_LENGTH = 17
PLATE_LENGTH = 10
