from flask_sqlalchemy import SQLAlchemy
from sqlalchemy import MetaData

# a convention replaces SQLAlchemy's default {"ix": "ix_%(column_0_label)s"}
# entirely, so "ix" has to be repeated here
db = SQLAlchemy(
    metadata=MetaData(
        naming_convention={
            "ix": "ix_%(column_0_label)s",
            "fk": "fk_%(table_name)s_%(column_0_name)s",
        }
    )
)
