from sqlalchemy.types import (
    BLOB, BOOLEAN, CHAR, DATE, DECIMAL, FLOAT, INTEGER, NUMERIC, REAL, SMALLINT, TEXT, TIMESTAMP,
    VARCHAR, JSON as _JSON, DateTime, Date, Time,
)


class JSON(_JSON):
    pass


class DATETIME(DateTime):
    def __init__(self, *args, **kwargs):
        pass


class TIME(Time):
    def __init__(self, *args, **kwargs):
        pass
