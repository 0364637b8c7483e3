# sqlalchemy_utils.types.json: where SQLAlchemy-Utils defines JSONType.
from sqlalchemy_utils.types import JSONType
