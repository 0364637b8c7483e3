from sqlalchemy.orm import *
from sqlalchemy.orm import __schemac_since__
