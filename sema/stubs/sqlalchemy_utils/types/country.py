# sqlalchemy_utils.types.country: where SQLAlchemy-Utils defines CountryType.
from sqlalchemy_utils.types import CountryType
