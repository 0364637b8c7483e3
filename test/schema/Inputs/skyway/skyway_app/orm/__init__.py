from skyway_app.orm.base import Base  # noqa
from skyway_app.orm.network import Airport, Route, Flight, Aircraft, LeasedAircraft  # noqa
from skyway_app.orm.booking import (  # noqa
    Booking, Passenger, Segment, Payment, CardPayment, VoucherPayment, Fee, BaggageFee, SeatFee,
)
