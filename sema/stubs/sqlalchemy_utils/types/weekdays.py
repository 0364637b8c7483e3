# sqlalchemy_utils.types.weekdays: where SQLAlchemy-Utils defines WeekDaysType.
from sqlalchemy_utils.types import WeekDaysType
