# sqlalchemy_utils.types.locale: where SQLAlchemy-Utils defines LocaleType.
from sqlalchemy_utils.types import LocaleType
