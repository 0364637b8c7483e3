# sqlalchemy_utils.types.ip_address: where SQLAlchemy-Utils defines IPAddressType.
from sqlalchemy_utils.types import IPAddressType
