from . import core, flask_models, models
