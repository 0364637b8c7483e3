# sqlalchemy_utils.types.ts_vector: where SQLAlchemy-Utils defines TSVectorType.
from sqlalchemy_utils.types import TSVectorType
