# sqlalchemy.sql.base: what Table.c is, as models' helpers name it in
# annotations.
from sqlalchemy.schema import ColumnCollection
from sqlalchemy.sql.expression import Executable
