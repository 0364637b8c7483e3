"""IATA / ICAO code sizes and cabin definitions."""
IATA_AIRPORT = 3
ICAO_AIRPORT = 4
IATA_AIRLINE = 2
PNR_LENGTH = 6
CABINS = ("F", "J", "W", "Y")


def cabin_check(column):
    return "%s IN (%s)" % (column, ", ".join("'%s'" % c for c in CABINS))
