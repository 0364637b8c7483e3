# sqlalchemy_utils.types.url: where SQLAlchemy-Utils defines URLType.
from sqlalchemy_utils.types import URLType
