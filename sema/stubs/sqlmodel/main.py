# sqlmodel.main: pydantic models that are also declarative classes when
# `table=True`. Sema calls _schemac_column() and _schemac_relationship()
# for each field of such a class, in field order; they follow
# sqlmodel.main.get_column_from_field and the metaclass's relationship
# set-up.
import datetime
import decimal
import enum
import uuid

from sqlalchemy import Boolean, Column, Date, DateTime, Float, ForeignKey, Integer, Interval
from sqlalchemy import LargeBinary, Numeric, Time
from sqlalchemy import Enum as sa_Enum
from sqlalchemy.orm import declared_attr, relationship
from sqlalchemy.schema import MetaData
from sqlmodel.sql.sqltypes import GUID, AutoString


class _UndefinedType:
    pass


Undefined = _UndefinedType()


class FieldInfo:
    def __init__(self, default=Undefined, *, default_factory=None, alias=None, title=None,
                 description=None, primary_key=False, foreign_key=None, ondelete=Undefined,
                 unique=False, nullable=Undefined, index=Undefined, sa_type=Undefined,
                 sa_column=Undefined, sa_column_args=Undefined, sa_column_kwargs=Undefined,
                 max_length=None, max_digits=None, decimal_places=None, **extra):
        self.default = default
        self.default_factory = default_factory
        self.primary_key = primary_key
        self.foreign_key = foreign_key
        # SQLModel 0.0.21: the foreign key's ON DELETE.
        if ondelete is not Undefined and not foreign_key:
            raise RuntimeError("ondelete can only be used with foreign_key")
        self.ondelete = ondelete
        self.unique = unique
        self.nullable = nullable
        self.index = index
        self.sa_type = sa_type
        self.sa_column = sa_column
        self.sa_column_args = sa_column_args
        self.sa_column_kwargs = sa_column_kwargs
        self.max_length = max_length
        self.max_digits = max_digits
        self.decimal_places = decimal_places


def Field(default=Undefined, **kwargs):
    return FieldInfo(default, **kwargs)


class RelationshipInfo:
    def __init__(self, *, back_populates=None, cascade_delete=False, passive_deletes=False,
                 link_model=None, sa_relationship=None, sa_relationship_args=None,
                 sa_relationship_kwargs=None):
        self.back_populates = back_populates
        # SQLModel 0.0.21: the relationship's cascade and passive_deletes.
        self.cascade_delete = cascade_delete
        self.passive_deletes = passive_deletes
        self.link_model = link_model
        self.sa_relationship = sa_relationship
        self.sa_relationship_args = sa_relationship_args
        self.sa_relationship_kwargs = sa_relationship_kwargs


def Relationship(**kwargs):
    return RelationshipInfo(**kwargs)


class SQLModel:
    metadata = MetaData()

    @declared_attr
    def __tablename__(cls):
        return cls.__name__.lower()


def _schemac_sa_type(tp, field):
    if not isinstance(tp, type):
        return None
    if issubclass(tp, str):
        if field.max_length:
            return AutoString(length=field.max_length)
        return AutoString
    if issubclass(tp, float):
        return Float
    if issubclass(tp, bool):
        return Boolean
    if issubclass(tp, int):
        return Integer
    if issubclass(tp, datetime.datetime):
        return DateTime
    if issubclass(tp, datetime.date):
        return Date
    if issubclass(tp, datetime.timedelta):
        return Interval
    if issubclass(tp, datetime.time):
        return Time
    if issubclass(tp, enum.Enum):
        return sa_Enum(tp)
    if issubclass(tp, bytes):
        return LargeBinary
    if issubclass(tp, decimal.Decimal):
        # condecimal(...) carries them on the type; Field(...) on a plain
        # Decimal, which pydantic turns into such a type.
        precision = getattr(tp, "max_digits", None)
        scale = getattr(tp, "decimal_places", None)
        if precision is None:
            precision = field.max_digits
        if scale is None:
            scale = field.decimal_places
        return Numeric(precision=precision, scale=scale)
    if issubclass(tp, uuid.UUID):
        return GUID
    return None


def _schemac_column(tp, optional, value):
    # value: the class attribute (a FieldInfo, a plain default, or nothing).
    if isinstance(value, FieldInfo):
        field = value
    elif value is Undefined:
        field = FieldInfo()
    else:
        field = FieldInfo(value)
    if isinstance(field.sa_column, Column):
        return field.sa_column
    if field.sa_type is not Undefined:
        sa_type = field.sa_type
    else:
        sa_type = _schemac_sa_type(tp, field)
    primary_key = field.primary_key
    index = field.index
    if index is Undefined:
        index = False
    # pydantic: a field is "noneable" when Optional, whatever its default
    nullable = not primary_key and optional
    if field.nullable is not Undefined:
        nullable = field.nullable
    args = []
    if field.foreign_key:
        ondelete = None if field.ondelete is Undefined else field.ondelete
        if ondelete == "SET NULL" and not nullable:
            raise RuntimeError('ondelete="SET NULL" requires nullable=True')
        args.append(ForeignKey(field.foreign_key, ondelete=ondelete))
    kwargs = {"primary_key": primary_key, "nullable": nullable, "index": index,
              "unique": field.unique}
    if field.default_factory:
        kwargs["default"] = field.default_factory
    elif field.default is not Undefined:
        kwargs["default"] = field.default
    if field.sa_column_args is not Undefined:
        args.extend(list(field.sa_column_args))
    if field.sa_column_kwargs is not Undefined:
        kwargs.update(field.sa_column_kwargs)
    return Column(sa_type, *args, **kwargs)


def _schemac_relationship(target, info):
    if info.sa_relationship is not None:
        return info.sa_relationship
    kwargs = {}
    if info.back_populates:
        kwargs["back_populates"] = info.back_populates
    if info.cascade_delete:
        kwargs["cascade"] = "all, delete-orphan"
    if info.passive_deletes:
        kwargs["passive_deletes"] = info.passive_deletes
    if info.link_model is not None:
        kwargs["secondary"] = info.link_model.__table__
    if info.sa_relationship_kwargs:
        kwargs.update(info.sa_relationship_kwargs)
    args = []
    if info.sa_relationship_args:
        args = list(info.sa_relationship_args)
    return relationship(target, *args, **kwargs)


def select(*args):
    return None


def create_engine(*args, **kwargs):
    return None


class Session:
    def __init__(self, *args, **kwargs):
        pass
