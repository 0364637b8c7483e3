# sqlalchemy_utils.types.currency: where SQLAlchemy-Utils defines CurrencyType.
from sqlalchemy_utils.types import CurrencyType
