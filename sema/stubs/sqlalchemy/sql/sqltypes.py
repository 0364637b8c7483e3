from sqlalchemy.types import *
