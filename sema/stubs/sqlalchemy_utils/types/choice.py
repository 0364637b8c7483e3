# sqlalchemy_utils.types.choice: where SQLAlchemy-Utils defines ChoiceType.
from sqlalchemy_utils.types import ChoiceType
