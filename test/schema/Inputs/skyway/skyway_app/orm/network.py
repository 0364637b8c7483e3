from sqlalchemy import (
    CHAR, Column, Date, ForeignKey, Integer, Interval, Numeric, SmallInteger, String, Time,
    CheckConstraint, UniqueConstraint, Index,
)
from sqlalchemy.orm import relationship

from skyway_app import codes
from skyway_app.orm.base import Base, ReprMixin


class Airport(ReprMixin, Base):
    __tablename__ = "airports"
    __repr_attrs__ = ("iata",)

    iata = Column(CHAR(codes.IATA_AIRPORT), primary_key=True)
    icao = Column(CHAR(codes.ICAO_AIRPORT), unique=True)
    name = Column(String(120), nullable=False)
    city = Column(String(80), nullable=False)
    country = Column(CHAR(2), nullable=False)
    timezone = Column(String(40), nullable=False, default="UTC")
    elevation_ft = Column(Integer)


class Aircraft(ReprMixin, Base):
    __tablename__ = "aircraft"

    id = Column(Integer, primary_key=True)
    registration = Column(String(10), nullable=False, unique=True)
    model = Column(String(40), nullable=False)
    seats = Column(SmallInteger, nullable=False)

    __mapper_args__ = {"polymorphic_identity": "owned"}


class LeasedAircraft(Aircraft):
    """Wet/dry leased aircraft live in their own table (concrete inheritance)."""

    __tablename__ = "leased_aircraft"

    id = Column(Integer, primary_key=True)
    registration = Column(String(10), nullable=False, unique=True)
    model = Column(String(40), nullable=False)
    seats = Column(SmallInteger, nullable=False)
    lessor = Column(String(80), nullable=False)
    lease_ends = Column(Date)

    __mapper_args__ = {"polymorphic_identity": "leased", "concrete": True}


class Route(Base):
    __tablename__ = "routes"
    __table_args__ = (
        UniqueConstraint("airline", "origin", "destination"),
        CheckConstraint("origin <> destination", name="ck_route_distinct_ends"),
        {"comment": "Scheduled city pairs"},
    )

    id = Column(Integer, primary_key=True)
    airline = Column(CHAR(codes.IATA_AIRLINE), nullable=False)
    origin = Column(CHAR(3), ForeignKey("airports.iata"), nullable=False)
    destination = Column(CHAR(3), ForeignKey("airports.iata"), nullable=False)
    distance_km = Column(Integer)
    block_time = Column(Interval)

    origin_airport = relationship(Airport, foreign_keys=[origin])
    destination_airport = relationship(Airport, foreign_keys=[destination])


class Flight(Base):
    __tablename__ = "flights"
    __table_args__ = (
        Index("ix_flights_route_date", "route_id", "departure_date"),
    )

    # flight number + date is the natural key
    flight_number = Column(String(6), primary_key=True)
    departure_date = Column(Date, primary_key=True)
    route_id = Column(Integer, ForeignKey("routes.id"), nullable=False)
    aircraft_id = Column(Integer, ForeignKey("aircraft.id"))
    scheduled_departure = Column(Time, nullable=False)
    base_fare = Column(Numeric(10, 2), nullable=False)
    status = Column(String(12), nullable=False, server_default="scheduled")

    route = relationship(Route, backref="flights")
    aircraft = relationship(Aircraft)
