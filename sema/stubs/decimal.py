class Decimal:
    pass
