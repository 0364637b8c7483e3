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
