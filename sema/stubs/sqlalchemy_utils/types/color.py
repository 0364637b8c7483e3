# sqlalchemy_utils.types.color: where SQLAlchemy-Utils defines ColorType.
from sqlalchemy_utils.types import ColorType
