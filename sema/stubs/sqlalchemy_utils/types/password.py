# sqlalchemy_utils.types.password: where SQLAlchemy-Utils defines PasswordType.
from sqlalchemy_utils.types import PasswordType
