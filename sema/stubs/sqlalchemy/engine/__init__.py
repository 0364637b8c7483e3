from sqlalchemy.engine.base import Connection, Engine
from sqlalchemy.engine.interfaces import Dialect
