# sqlalchemy_utils.types.uuid: where SQLAlchemy-Utils defines UUIDType.
from sqlalchemy_utils.types import UUIDType
