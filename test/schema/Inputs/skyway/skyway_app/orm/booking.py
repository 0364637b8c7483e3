import datetime
import random
import string

from sqlalchemy import (
    CHAR, Boolean, CheckConstraint, Column, Date, DateTime, ForeignKey, ForeignKeyConstraint,
    Integer, Numeric, Sequence, String, text,
)
from sqlalchemy.ext.declarative import AbstractConcreteBase
from sqlalchemy.orm import relationship

from skyway_app import codes
from skyway_app.orm.base import Base, ReprMixin
from skyway_app.orm.network import Flight

BOOKING_SEQ = Sequence("booking_id_seq", start=100000)


def generate_pnr():
    alphabet = string.ascii_uppercase + string.digits
    return "".join(random.choice(alphabet) for _ in range(codes.PNR_LENGTH))


class Booking(ReprMixin, Base):
    __tablename__ = "bookings"
    __repr_attrs__ = ("id", "record_locator")

    id = Column(Integer, BOOKING_SEQ, primary_key=True)
    record_locator = Column("pnr", CHAR(codes.PNR_LENGTH), key="record_locator", unique=True,
                            nullable=False, default=generate_pnr)
    contact_email = Column(String(254), nullable=False)
    created_at = Column(DateTime, nullable=False, default=datetime.datetime.utcnow)
    total = Column(Numeric(10, 2), nullable=False, default=0)
    currency = Column(CHAR(3), nullable=False, server_default=text("'USD'"))
    cancelled = Column(Boolean, nullable=False, default=False)

    passengers = relationship("Passenger", back_populates="booking", cascade="all, delete-orphan")
    payments = relationship("Payment", back_populates="booking")


class Passenger(Base):
    __tablename__ = "passengers"

    id = Column(Integer, Sequence("passenger_id_seq"), primary_key=True)
    booking_id = Column(Integer, ForeignKey("bookings.id", ondelete="CASCADE"), nullable=False)
    given_name = Column(String(60), nullable=False)
    surname = Column(String(60), nullable=False)
    birth_date = Column(Date)
    passport_number = Column(String(20))
    frequent_flyer = Column(String(20))

    booking = relationship(Booking, back_populates="passengers")
    segments = relationship("Segment", back_populates="passenger")

    @property
    def full_name(self):
        return "%s/%s" % (self.surname.upper(), self.given_name.upper())


class Segment(Base):
    __tablename__ = "segments"
    __table_args__ = (
        ForeignKeyConstraint(
            ["flight_number", "departure_date"],
            [Flight.flight_number, Flight.departure_date],
            onupdate="CASCADE",
        ),
        CheckConstraint(codes.cabin_check("cabin"), name="ck_segment_cabin"),
    )

    passenger_id = Column(Integer, ForeignKey("passengers.id"), primary_key=True)
    flight_number = Column(String(6), primary_key=True)
    departure_date = Column(Date, primary_key=True)
    cabin = Column(CHAR(1), nullable=False, default="Y")
    seat = Column(String(4))
    checked_in = Column(Boolean, default=False)

    passenger = relationship(Passenger, back_populates="segments")
    flight = relationship(Flight)


class Payment(Base):
    __tablename__ = "payments"

    id = Column(Integer, primary_key=True)
    booking_id = Column(Integer, ForeignKey("bookings.id"), nullable=False)
    amount = Column(Numeric(10, 2), nullable=False)
    paid_at = Column(DateTime, server_default=text("CURRENT_TIMESTAMP"))

    booking = relationship(Booking, back_populates="payments")
    __mapper_args__ = {"polymorphic_identity": "payment"}


class CardPayment(Payment):
    __tablename__ = "card_payments"

    id = Column(Integer, primary_key=True)
    booking_id = Column(Integer, ForeignKey("bookings.id"), nullable=False)
    amount = Column(Numeric(10, 2), nullable=False)
    paid_at = Column(DateTime, server_default=text("CURRENT_TIMESTAMP"))
    card_last4 = Column(CHAR(4), nullable=False)
    card_brand = Column(String(16))
    auth_code = Column(String(12))

    __mapper_args__ = {"polymorphic_identity": "card", "concrete": True}


class VoucherPayment(Payment):
    __tablename__ = "voucher_payments"

    id = Column(Integer, primary_key=True)
    booking_id = Column(Integer, ForeignKey("bookings.id"), nullable=False)
    amount = Column(Numeric(10, 2), nullable=False)
    paid_at = Column(DateTime, server_default=text("CURRENT_TIMESTAMP"))
    voucher_code = Column(String(16), nullable=False, unique=True)

    __mapper_args__ = {"polymorphic_identity": "voucher", "concrete": True}


class Fee(AbstractConcreteBase, Base):
    """Ancillary fees; each kind has its own table, queried together through a UNION."""

    strict_attrs = True


class BaggageFee(Fee):
    __tablename__ = "baggage_fees"

    id = Column(Integer, primary_key=True)
    booking_id = Column(Integer, ForeignKey("bookings.id"), nullable=False)
    amount = Column(Numeric(8, 2), nullable=False)
    pieces = Column(Integer, nullable=False, default=1)
    weight_kg = Column(Integer)

    __mapper_args__ = {"polymorphic_identity": "baggage", "concrete": True}


class SeatFee(Fee):
    __tablename__ = "seat_fees"

    id = Column(Integer, primary_key=True)
    booking_id = Column(Integer, ForeignKey("bookings.id"), nullable=False)
    amount = Column(Numeric(8, 2), nullable=False)
    seat = Column(String(4), nullable=False)
    extra_legroom = Column(Boolean, default=False)

    __mapper_args__ = {"polymorphic_identity": "seat", "concrete": True}
