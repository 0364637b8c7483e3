# sqlalchemy_utils.types.phone_number: where SQLAlchemy-Utils defines PhoneNumberType.
from sqlalchemy_utils.types import PhoneNumberType
