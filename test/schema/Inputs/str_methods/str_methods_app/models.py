import re
def snake(n):
    return "".join("_" + c.lower() if c.isupper() and i else c.lower() for i, c in enumerate(n))
vals = dict(
  a=snake("SalesOrder"), b="a.b.c".rsplit(".", 1), c="a.b.c".split(".", 1), d="x".zfill(3), e="-7".zfill(4),
  f="ab".center(5, "*"), g="abc".center(6), h="a b  c ".split(None, 1), i="a b  c ".rsplit(None, 1),
  j="models.user".rpartition("."), k="nodot".rpartition("."), l="nodot".partition("."), m="AbC".swapcase(),
  n="ABC".isupper(), o="aB".islower(), p="123".isdigit(), q="".isalpha(), r="a_1".isalnum(), s=" \t".isspace(),
  t="banana".count("an"), u="banana".find("na"), v="banana".rfind("na"), w="ab".ljust(4, "-"), x="ab".rjust(4),
  y="x".casefold(), z="  a  b ".split(), aa="a,b,,c".split(","), ab="a,b,c".rsplit(",", maxsplit=1),
)

from sqlalchemy import Column, Integer, MetaData, Table

metadata = MetaData()
for key, value in sorted(vals.items()):
    Table("t_" + key, metadata, Column("id", Integer, primary_key=True), comment=str(value))
Table(snake("CustomerAddressBook"), metadata, Column("id", Integer, primary_key=True))
