from sqlalchemy.orm import *
