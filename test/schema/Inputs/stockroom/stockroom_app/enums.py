from enum import Enum


class UnitOfMeasure(str, Enum):
    each = "each"
    box = "box"
    pallet = "pallet"
    kg = "kg"


class MovementKind(str, Enum):
    receipt = "receipt"
    shipment = "shipment"
    transfer = "transfer"
    adjustment = "adjustment"
