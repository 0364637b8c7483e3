# date, datetime and time keep their fields: a column default of one is a
# scalar whose repr SQLAlchemy's default carries (Object.cpp, reprOf).
class date:
    def __init__(self, year, month, day):
        self.year = year
        self.month = month
        self.day = day


class datetime(date):
    def __init__(self, year, month, day, hour=0, minute=0, second=0, microsecond=0,
                 tzinfo=None):
        super().__init__(year, month, day)
        self.hour = hour
        self.minute = minute
        self.second = second
        self.microsecond = microsecond
        self.tzinfo = tzinfo


class time:
    def __init__(self, hour=0, minute=0, second=0, microsecond=0, tzinfo=None):
        self.hour = hour
        self.minute = minute
        self.second = second
        self.microsecond = microsecond
        self.tzinfo = tzinfo


class timedelta:
    # Normalised as Python does: days, seconds (< 86400), microseconds.
    def __init__(self, days=0, seconds=0, microseconds=0, milliseconds=0, minutes=0,
                 hours=0, weeks=0):
        total = int((((weeks * 7 + days) * 24 + hours) * 3600 + minutes * 60 + seconds)
                    * 1000000 + milliseconds * 1000 + microseconds)
        self.days = total // 86400000000
        self.seconds = total % 86400000000 // 1000000
        self.microseconds = total % 1000000


class tzinfo:
    pass


class timezone(tzinfo):
    pass
