# sqlalchemy.dialects.postgresql.ranges: the range types, and the operators
# they add to a column's comparator, which a project's own range type mixes
# in (class FLOAT8RANGE(RangeOperators, TypeEngine)).
from sqlalchemy.dialects.postgresql import (
    DATERANGE, INT4RANGE, INT8RANGE, NUMRANGE, TSRANGE, TSTZRANGE,
)


class RangeOperators:
    pass
