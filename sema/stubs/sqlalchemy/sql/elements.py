from sqlalchemy.sql.expression import *
from sqlalchemy.sql.expression import conv
