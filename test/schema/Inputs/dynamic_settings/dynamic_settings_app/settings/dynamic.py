from collections import OrderedDict, defaultdict

from sqlalchemy import BigInteger, String

ORDERING = OrderedDict()


def key_definitions(default):
    definitions = defaultdict(lambda: default)
    definitions.update({"Tag": (String(36), {"default": "x"})})
    return definitions


NAME_LENGTHS = defaultdict(int, note=80)
NAME_LENGTHS["title"] += 120
