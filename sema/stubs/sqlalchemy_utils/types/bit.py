# sqlalchemy_utils.types.bit: BitType.
from sqlalchemy_utils.types import _BitType as BitType
