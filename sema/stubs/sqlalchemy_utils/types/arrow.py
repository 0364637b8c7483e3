# sqlalchemy_utils.types.arrow: where SQLAlchemy-Utils defines ArrowType.
from sqlalchemy_utils.types import ArrowType
