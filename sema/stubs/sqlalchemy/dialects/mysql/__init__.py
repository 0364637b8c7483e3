# sqlalchemy.dialects.mysql: its types, with MySQL's own arguments.
from sqlalchemy.types import (
    BINARY, BLOB, BOOLEAN, DATE, JSON, TypeEngine, VARBINARY,
    Integer, SmallInteger, BigInteger, String, Text, Numeric, Float, DateTime, Time, Enum as _Enum,
)


class INTEGER(Integer):
    def __init__(self, display_width=None, unsigned=False, zerofill=False):
        pass


class TINYINT(Integer):
    def __init__(self, display_width=None, unsigned=False, zerofill=False):
        pass


class SMALLINT(SmallInteger):
    def __init__(self, display_width=None, unsigned=False, zerofill=False):
        pass


class MEDIUMINT(Integer):
    def __init__(self, display_width=None, unsigned=False, zerofill=False):
        pass


class BIGINT(BigInteger):
    def __init__(self, display_width=None, unsigned=False, zerofill=False):
        pass


class VARCHAR(String):
    def __init__(self, length=None, charset=None, collation=None, ascii=False, binary=False, unicode=False, national=False):
        pass


class CHAR(String):
    def __init__(self, length=None, charset=None, collation=None, ascii=False, binary=False, unicode=False, national=False):
        pass


class NCHAR(String):
    def __init__(self, length=None, charset=None, collation=None, ascii=False, binary=False, unicode=False, national=False):
        pass


class NVARCHAR(String):
    def __init__(self, length=None, charset=None, collation=None, ascii=False, binary=False, unicode=False, national=False):
        pass


class TEXT(Text):
    def __init__(self, length=None, charset=None, collation=None, ascii=False, binary=False, unicode=False, national=False):
        pass


class TINYTEXT(Text):
    def __init__(self, charset=None, collation=None, ascii=False, binary=False, unicode=False, national=False):
        pass


class MEDIUMTEXT(Text):
    def __init__(self, charset=None, collation=None, ascii=False, binary=False, unicode=False, national=False):
        pass


class LONGTEXT(Text):
    def __init__(self, charset=None, collation=None, ascii=False, binary=False, unicode=False, national=False):
        pass


class TINYBLOB(TypeEngine):
    def __init__(self):
        pass


class MEDIUMBLOB(TypeEngine):
    def __init__(self):
        pass


class LONGBLOB(TypeEngine):
    def __init__(self):
        pass


class DECIMAL(Numeric):
    def __init__(self, precision=None, scale=None, asdecimal=True, unsigned=False, zerofill=False):
        pass


class NUMERIC(Numeric):
    def __init__(self, precision=None, scale=None, asdecimal=True, unsigned=False, zerofill=False):
        pass


class DOUBLE(Float):
    def __init__(self, precision=None, scale=None, asdecimal=True, unsigned=False, zerofill=False):
        pass


class FLOAT(Float):
    def __init__(self, precision=None, scale=None, asdecimal=False, unsigned=False, zerofill=False):
        pass


class DATETIME(DateTime):
    def __init__(self, timezone=False, fsp=None):
        pass


class TIMESTAMP(DateTime):
    def __init__(self, timezone=False, fsp=None):
        pass


class TIME(Time):
    def __init__(self, timezone=False, fsp=None):
        pass


class YEAR(TypeEngine):
    def __init__(self, display_width=None):
        pass


class BIT(TypeEngine):
    def __init__(self, length=None):
        pass


class ENUM(_Enum):
    pass


class SET(TypeEngine):
    def __init__(self, *values, **kw):
        pass


# Names that appeared in SQLAlchemy 2.0, from dir() of this module under
# 1.4.46 and 2.0.52: importing one from project code fails when the models
# run on 1.4, and tells that they run on 2.0 (sema reads this table).
__schemac_since__ = {
    "INET4": (2, 0), "INET6": (2, 0),
}
