# The sqlmodel package namespace.
from sqlmodel.main import Field, FieldInfo, Relationship, RelationshipInfo, SQLModel, Undefined
from sqlmodel.main import Session, create_engine, select
from sqlalchemy import Column, ForeignKey, Index, UniqueConstraint, CheckConstraint, func, text
from sqlalchemy import Boolean, Date, DateTime, Enum, Float, Integer, Interval, JSON, LargeBinary
from sqlalchemy import Numeric, String, Text, Time, BigInteger, SmallInteger
from sqlalchemy.orm import relationship
from sqlmodel.sql.sqltypes import AutoString, GUID
