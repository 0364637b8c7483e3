"""cast() in server defaults, indexes and CHECKs: each dialect names the type."""

from datetime import datetime

from sqlalchemy import (
    JSON,
    TIMESTAMP,
    Boolean,
    CheckConstraint,
    Column,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    Numeric,
    String,
    Text,
    cast,
    func,
    literal,
    literal_column,
    text,
)
from sqlalchemy.dialects import mysql
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class Base(DeclarativeBase):
    pass


class Reading(Base):
    __tablename__ = "readings"
    __table_args__ = (
        CheckConstraint(cast(text("raw_value"), Integer) >= 0, name="ck_readings_raw_positive"),
        Index("ix_readings_raw_int", cast(text("raw_value"), Integer)),
        Index("ix_readings_taken_day", cast(text("taken_at"), Date)),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    raw_value: Mapped[str] = mapped_column(String(40))
    taken_at: Mapped[datetime] = mapped_column(DateTime)
    scale: Mapped[float] = mapped_column(Numeric(10, 2), server_default=cast(0, Numeric(10, 2)))
    label: Mapped[str] = mapped_column(String(20), server_default=cast(func.now(), String))
    code: Mapped[str] = mapped_column(String(12), server_default=cast(literal(7), String(12)))
    counter: Mapped[int] = mapped_column(server_default=cast("7", Integer))
    unsigned_counter: Mapped[int] = mapped_column(
        server_default=cast("8", Integer().with_variant(mysql.INTEGER(unsigned=True), "mysql"))
    )
    ratio: Mapped[float] = mapped_column(Float, server_default=cast(literal_column("1") + 1, Float))
    flag: Mapped[bool] = mapped_column(Boolean, server_default=cast(literal_column("1"), Boolean))
    stamp: Mapped[datetime] = mapped_column(
        TIMESTAMP, server_default=cast(func.now(), TIMESTAMP)
    )
    day: Mapped[datetime] = mapped_column(DateTime, server_default=cast(func.now(), Date))
    note: Mapped[str] = mapped_column(Text, server_default=cast("123", Text))
    blob: Mapped[bytes] = mapped_column(LargeBinary, nullable=True)


class Sensor(Base):
    __tablename__ = "sensors"

    id: Mapped[int] = mapped_column(primary_key=True)
    reading_id: Mapped[int] = mapped_column(ForeignKey("readings.id"))
    serial = Column(String(30), nullable=False)
    settings: Mapped[dict] = mapped_column(JSON, server_default=cast(text("'{}'"), JSON))

    __table_args__ = (Index("ix_sensors_serial_num", serial.cast(Integer)),)
