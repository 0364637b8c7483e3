"""Column and type helpers used across the models."""
from functools import partial

from sqlalchemy import Column, ForeignKey, Integer, String, UniqueConstraint

PREFIX = "crm_"
NAME_LEN = 50
EMAIL_LEN = NAME_LEN * 5 + 4          # 254
PHONE_LEN = len("+00 000 000 0000")   # 16
DEFAULT_COUNTRY = "de".upper()

NotNullColumn = partial(Column, nullable=False)
IndexedColumn = partial(Column, index=True, nullable=True)
ShortString = partial(String, 20)


def StringID():
    return String(250)


def table_name(base):
    return PREFIX + base.lower()


def fk(target, **kwargs):
    """An integer FK column to `<target>.id`."""
    return Column(Integer, ForeignKey(f"{target}.id", ondelete=kwargs.pop("ondelete", None)), **kwargs)


def pk():
    return Column(Integer, primary_key=True, autoincrement=True)


def unique_per_company(*cols):
    return (UniqueConstraint("company_id", *cols),)
