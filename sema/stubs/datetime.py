class date:
    pass


class datetime(date):
    pass


class time:
    pass


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
