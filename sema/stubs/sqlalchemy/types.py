# sqlalchemy.types: the generic and SQL-standard types. Their __init__
# signatures are SQLAlchemy 2.0's: a call binds its arguments by name, and
# DialectLowering reads them from there.


class TypeEngine:
    def __init__(self, *args, **kwargs):
        pass

    def with_variant(self, type_, *dialect_names):
        # SQLAlchemy returns a copy; the variants are read by sema.
        variants = dict(getattr(self, "_variants", {}))
        for name in dialect_names:
            variants[name] = type_
        self._variants = variants
        return self

    def evaluates_none(self):
        return self


class Integer(TypeEngine):
    def __init__(self):
        pass


class SmallInteger(Integer):
    pass


class BigInteger(Integer):
    pass


class String(TypeEngine):
    def __init__(self, length=None, collation=None):
        pass


class Text(String):
    pass


class Unicode(String):
    pass


class UnicodeText(Text):
    pass


class Numeric(TypeEngine):
    def __init__(self, precision=None, scale=None, decimal_return_scale=None, asdecimal=True):
        pass


class Float(Numeric):
    def __init__(self, precision=None, asdecimal=False, decimal_return_scale=None):
        pass


class Double(Float):
    pass


class Boolean(TypeEngine):
    def __init__(self, create_constraint=False, name=None):
        pass


class Date(TypeEngine):
    def __init__(self):
        pass


class DateTime(TypeEngine):
    def __init__(self, timezone=False):
        pass


class Time(TypeEngine):
    def __init__(self, timezone=False):
        pass


class Interval(TypeEngine):
    def __init__(self, native=True, second_precision=None, day_precision=None):
        pass


class _Binary(TypeEngine):
    def __init__(self, length=None):
        pass


class LargeBinary(_Binary):
    pass


class JSON(TypeEngine):
    def __init__(self, none_as_null=False):
        pass


class Uuid(TypeEngine):
    def __init__(self, as_uuid=True, native_uuid=True):
        pass


class Enum(String):
    # Enum(*enums, name=, native_enum=, length=, values_callable=, ...):
    # sema reads the members from *enums and the options from **kw.
    def __init__(self, *enums, **kw):
        pass


class ARRAY(TypeEngine):
    def __init__(self, item_type, as_tuple=False, dimensions=None, zero_indexes=False):
        pass


class PickleType(TypeEngine):
    def __init__(self, protocol=5, pickler=None, comparator=None, impl=None):
        pass


class SchemaType:
    # The mixin of types that make schema items (Enum's, Boolean's CHECK);
    # a TypeDecorator of the project's may take it too (Indico's PyIntEnum).
    def __init__(self, name=None, schema=None, metadata=None, inherit_schema=False,
                 quote=None, _create_events=True, _adapted_from=None):
        pass


class TypeDecorator(TypeEngine):
    impl = None

    def __init__(self, *args, **kwargs):
        impl = type(self).impl
        if isinstance(impl, type):
            self.impl = impl(*args, **kwargs)
        else:
            self.impl = impl

    def load_dialect_impl(self, dialect):
        return self.impl


class UserDefinedType(TypeEngine):
    pass


class Variant(TypeEngine):
    pass


class INTEGER(Integer):
    pass


class INT(Integer):
    pass


class SMALLINT(SmallInteger):
    pass


class BIGINT(BigInteger):
    pass


class VARCHAR(String):
    pass


class CHAR(String):
    pass


class NVARCHAR(Unicode):
    pass


class NCHAR(Unicode):
    pass


class TEXT(Text):
    pass


class CLOB(Text):
    pass


class NUMERIC(Numeric):
    pass


class DECIMAL(Numeric):
    pass


class FLOAT(Float):
    pass


class REAL(Float):
    pass


class DOUBLE(Double):
    pass


class DOUBLE_PRECISION(Double):
    pass


class BOOLEAN(Boolean):
    pass


class DATE(Date):
    pass


class DATETIME(DateTime):
    pass


class TIMESTAMP(DateTime):
    pass


class TIME(Time):
    pass


class BLOB(LargeBinary):
    pass


class BINARY(_Binary):
    pass


class VARBINARY(_Binary):
    pass


class UUID(Uuid):
    pass


# Names that appeared in SQLAlchemy 2.0, from dir() of this module under
# 1.4.46 and 2.0.52: importing one from project code fails when the models
# run on 1.4, and tells that they run on 2.0 (sema reads this table).
__schemac_since__ = {
    "DOUBLE": (2, 0), "DOUBLE_PRECISION": (2, 0), "Double": (2, 0),
    "UUID": (2, 0), "Uuid": (2, 0),
}
