# SQL expressions, as far as defaults, check constraints and indexes use them.
from sqlalchemy.sql.expression import *
from sqlalchemy.sql.expression import func, text, literal_column, true, false, null
