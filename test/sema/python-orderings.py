# One ordering for <, <=, >, >=, sorted(), min() and max(), as Python's:
# numbers, strings, and tuples of them item by item (sys.version_info
# against a tuple of ints); an ordering of values that do not compare stays
# unknown.
# RUN: %schemac schema --no-cache --sqlalchemy=1.4 %s 2>&1 | FileCheck %s --implicit-check-not=warning:
import sys

from sqlalchemy import Column, Integer, MetaData, String, Table

metadata = MetaData()
if sys.version_info >= (3, 10):
    Table("modern", metadata, Column("id", Integer, primary_key=True))
else:
    Table("legacy", metadata, Column("id", Integer, primary_key=True))
if "beta" < "alpha" or (1, "x") > (1, "y"):
    Table("wrong_order", metadata, Column("id", Integer, primary_key=True))
NAMES = ["region", "country", "zone"]
Table(
    min(NAMES) + "_" + max(NAMES),
    metadata,
    Column("id", Integer, primary_key=True),
    Column("code", String(max(2.5, 4))),
)

# CHECK-NOT: legacy
# CHECK-NOT: wrong_order
# CHECK: table country_zone
# CHECK-NEXT: id
# CHECK-NEXT: code {{ *}}VARCHAR(4)
# CHECK: table modern
