from sqlalchemy import Text, Unicode
from sqlalchemy.dialects import mysql


def long_text():
    """Clinical notes can be long; TEXT on MySQL caps at 64 KiB."""
    return Text().with_variant(mysql.LONGTEXT(), "mysql")


def person_name(length=80):
    return Unicode(length)
