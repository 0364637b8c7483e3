# sqlalchemy_utils.types.range: where SQLAlchemy-Utils defines these types.
from sqlalchemy_utils.types import (
    DateRangeType,
    DateTimeRangeType,
    Int8RangeType,
    IntRangeType,
    NumericRangeType,
    RangeType,
)
