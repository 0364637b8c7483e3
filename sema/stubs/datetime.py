class date:
    pass


class datetime(date):
    pass


class time:
    pass


class timedelta:
    pass


class tzinfo:
    pass


class timezone(tzinfo):
    pass
