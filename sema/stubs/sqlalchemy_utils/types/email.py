# sqlalchemy_utils.types.email: where SQLAlchemy-Utils defines EmailType.
from sqlalchemy_utils.types import EmailType
