# Flask-SQLAlchemy 3: db.Model is a declarative base whose classes get
# snake_case table names; db.Column and friends are sqlalchemy's.
import sqlalchemy
import sqlalchemy.orm
from sqlalchemy.schema import MetaData
from sqlalchemy.orm import _DeclarativeLegacyBase


class _FlaskModel:
    pass


class SQLAlchemy:
    def __init__(self, app=None, *, metadata=None, session_options=None, query_class=None,
                 model_class=None, engine_options=None, add_models_to_shell=True,
                 disable_autonaming=False):
        if metadata is None:
            metadata = MetaData()
        self.metadata = metadata
        self.Model = type("Model", (_FlaskModel, _DeclarativeLegacyBase), {
            "metadata": metadata,
            # what SQLAlchemy's declarative_base() gives it
            "__module__": "sqlalchemy.orm.decl_api",
            "__schemac_flask_autoname__": not disable_autonaming,
        })

    def Table(self, name, *args, **kw):
        # db.Table takes the MetaData itself unless one is given.
        if args and isinstance(args[0], MetaData):
            return sqlalchemy.Table(name, *args, **kw)
        return sqlalchemy.Table(name, self.metadata, *args, **kw)

    def __getattr__(self, name):
        if hasattr(sqlalchemy.orm, name):
            return getattr(sqlalchemy.orm, name)
        return getattr(sqlalchemy, name)

    def init_app(self, app):
        return None
