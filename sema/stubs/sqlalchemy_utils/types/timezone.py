# sqlalchemy_utils.types.timezone: where SQLAlchemy-Utils defines TimezoneType.
from sqlalchemy_utils.types import TimezoneType
