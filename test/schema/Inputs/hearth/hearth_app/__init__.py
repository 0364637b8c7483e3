"""Hearth: property listings portal."""
from flask import Flask

from .extensions import db


def create_app(config_object="hearth_app.settings"):
    app = Flask(__name__)
    app.config.from_object(config_object)
    db.init_app(app)
    return app
