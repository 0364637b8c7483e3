# date, datetime and time keep their fields: a column default of one is a
# scalar whose repr SQLAlchemy's default carries (Object.cpp, reprOf). Date
# arithmetic with timedelta is Python's (proleptic Gregorian ordinals, as
# CPython's _pydatetime computes them): default=datetime(2024, 1, 1) +
# timedelta(days=180) is a value known before the models run.
_DAYS_IN_MONTH = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
_DAYS_BEFORE_MONTH = [0, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334]
_DI400Y = 146097
_DI100Y = 36524
_DI4Y = 1461
_DAY_US = 86400000000


def _is_leap(year):
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def _days_before_year(year):
    y = year - 1
    return y * 365 + y // 4 - y // 100 + y // 400


def _days_before_month(year, month):
    return _DAYS_BEFORE_MONTH[month] + (1 if month > 2 and _is_leap(year) else 0)


def _ymd2ord(year, month, day):
    return _days_before_year(year) + _days_before_month(year, month) + day


def _ord2ymd(n):
    n -= 1
    n400, n = n // _DI400Y, n % _DI400Y
    year = n400 * 400 + 1
    n100, n = n // _DI100Y, n % _DI100Y
    n4, n = n // _DI4Y, n % _DI4Y
    n1, n = n // 365, n % 365
    year += n100 * 100 + n4 * 4 + n1
    if n1 == 4 or n100 == 4:
        return year - 1, 12, 31
    leapyear = n1 == 3 and (n4 != 24 or n100 == 3)
    month = (n + 50) >> 5
    preceding = _DAYS_BEFORE_MONTH[month] + (1 if month > 2 and leapyear else 0)
    if preceding > n:
        month -= 1
        preceding -= _DAYS_IN_MONTH[month] + (1 if month == 2 and leapyear else 0)
    return year, month, n - preceding + 1


class date:
    def __init__(self, year, month, day):
        self.year = year
        self.month = month
        self.day = day

    def toordinal(self):
        return _ymd2ord(self.year, self.month, self.day)

    def __add__(self, other):
        if not isinstance(other, timedelta):
            return NotImplemented
        year, month, day = _ord2ymd(self.toordinal() + other.days)
        return date(year, month, day)

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self + timedelta(days=-other.days)
        if isinstance(other, date):
            return timedelta(days=self.toordinal() - other.toordinal())
        return NotImplemented


class datetime(date):
    def __init__(self, year, month, day, hour=0, minute=0, second=0, microsecond=0,
                 tzinfo=None):
        super().__init__(year, month, day)
        self.hour = hour
        self.minute = minute
        self.second = second
        self.microsecond = microsecond
        self.tzinfo = tzinfo

    def _us(self):
        return (self.toordinal() * _DAY_US
                + ((self.hour * 60 + self.minute) * 60 + self.second) * 1000000
                + self.microsecond)

    def __add__(self, other):
        if not isinstance(other, timedelta):
            return NotImplemented
        total = self._us() + other._us()
        days, rest = total // _DAY_US, total % _DAY_US
        year, month, day = _ord2ymd(days)
        seconds, microsecond = rest // 1000000, rest % 1000000
        minutes, second = seconds // 60, seconds % 60
        hour, minute = minutes // 60, minutes % 60
        return datetime(year, month, day, hour, minute, second, microsecond,
                        self.tzinfo)

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self + timedelta(microseconds=-other._us())
        if isinstance(other, datetime):
            return timedelta(microseconds=self._us() - other._us())
        return NotImplemented


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

    def _us(self):
        return (self.days * 86400 + self.seconds) * 1000000 + self.microseconds

    def __add__(self, other):
        if isinstance(other, timedelta):
            return timedelta(microseconds=self._us() + other._us())
        if isinstance(other, date):
            return other + self
        return NotImplemented

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return timedelta(microseconds=self._us() - other._us())
        return NotImplemented

    def __mul__(self, other):
        if isinstance(other, int):
            return timedelta(microseconds=self._us() * other)
        return NotImplemented

    __rmul__ = __mul__

    def __neg__(self):
        return timedelta(microseconds=-self._us())


class tzinfo:
    pass


class timezone(tzinfo):
    pass
