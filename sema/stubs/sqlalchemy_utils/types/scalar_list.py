# sqlalchemy_utils.types.scalar_list: where SQLAlchemy-Utils defines ScalarListType.
from sqlalchemy_utils.types import ScalarListType
