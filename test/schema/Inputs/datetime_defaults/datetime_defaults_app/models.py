import datetime
from datetime import date, time

import sqlalchemy as sa
from sqlalchemy.orm import declarative_base

Base = declarative_base()


class Person(Base):
    __tablename__ = "person"
    id = sa.Column(sa.Integer, primary_key=True)
    since = sa.Column(sa.Date, default=datetime.date(2021, 6, 1))
    start = sa.Column(sa.DateTime, default=datetime.datetime(2020, 1, 2, 3, 4))
    start2 = sa.Column(sa.DateTime, default=datetime.datetime(2020, 1, 2))
    start3 = sa.Column(sa.DateTime, default=datetime.datetime(2020, 1, 2, 3, 4, 5, 6))
    at = sa.Column(sa.Time, default=time(9, 30))
    at2 = sa.Column(sa.Time, default=time(9, 30, 15))
    day = sa.Column(sa.Date, default=date(1999, 12, 31))


# Date arithmetic with timedelta, as Python does it (Galaxy's expiry
# default, from a fixed date here: now() would be the import's time).
START = datetime.datetime(2024, 1, 1)


class Plan(Base):
    __tablename__ = "plan"
    id = sa.Column(sa.Integer, primary_key=True)
    ends = sa.Column(sa.DateTime, default=START + datetime.timedelta(days=30 * 6))
    week_before = sa.Column(sa.Date, default=date(2024, 1, 1) - datetime.timedelta(weeks=1))
    leap = sa.Column(sa.Date, default=date(2024, 2, 28) + datetime.timedelta(days=1))
    back = sa.Column(sa.DateTime, default=datetime.datetime(2024, 3, 1, 0, 30) - datetime.timedelta(hours=1))
    far = sa.Column(sa.Date, default=date(1999, 12, 31) + datetime.timedelta(days=36525))
    span = sa.Column(sa.Interval, default=datetime.timedelta(days=1) * 2)
    neg = sa.Column(sa.Interval, default=-datetime.timedelta(hours=1))
    gap = sa.Column(sa.Interval, default=datetime.datetime(2024, 3, 1) - datetime.datetime(2023, 3, 1, 12))
