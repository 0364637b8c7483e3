from sqlalchemy.schema import *
