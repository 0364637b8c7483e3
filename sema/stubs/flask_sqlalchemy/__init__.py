# Flask-SQLAlchemy 3: db.Model is a declarative base whose classes get
# snake_case table names; db.Column and friends are sqlalchemy's.
import sqlalchemy
import sqlalchemy.orm
from sqlalchemy.schema import MetaData
from sqlalchemy.orm import _DeclarativeLegacyBase
from flask_sqlalchemy.model import Model as _FlaskModel


class SQLAlchemy:
    def __init__(self, app=None, *, metadata=None, session_options=None, query_class=None,
                 model_class=None, engine_options=None, add_models_to_shell=True,
                 disable_autonaming=False):
        # A declarative base given as model_class is db.Model itself (with
        # the MetaData given, if one is); another class is its base.
        if model_class is not None and hasattr(model_class, "metadata"):
            if metadata is not None:
                model_class.metadata = metadata
            self.metadata = model_class.metadata
            self.Model = model_class
            return
        if metadata is None:
            metadata = MetaData()
        self.metadata = metadata
        bases = (_FlaskModel, _DeclarativeLegacyBase)
        if model_class is not None:
            bases = (model_class,) + bases
        self.Model = type("Model", bases, {
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
