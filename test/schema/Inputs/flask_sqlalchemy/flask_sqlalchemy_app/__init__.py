"""A Flask app's models (Flask-SQLAlchemy 3.0): names derived from class names."""
from .extensions import db


def create_app(config=None):
    from flask import Flask

    app = Flask(__name__)
    app.config.update(config or {"SQLALCHEMY_DATABASE_URI": "sqlite://"})
    db.init_app(app)
    return app
