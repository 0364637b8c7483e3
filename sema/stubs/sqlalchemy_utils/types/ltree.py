# sqlalchemy_utils.types.ltree: where SQLAlchemy-Utils defines LtreeType.
from sqlalchemy_utils.types import LtreeType
