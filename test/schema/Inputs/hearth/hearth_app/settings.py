import os

SQLALCHEMY_DATABASE_URI = os.environ.get("DATABASE_URL", "sqlite:///hearth.db")
SQLALCHEMY_BINDS = {"analytics": os.environ.get("ANALYTICS_URL", "sqlite:///analytics.db")}
SQLALCHEMY_TRACK_MODIFICATIONS = False
CURRENCY = os.environ.get("HEARTH_CURRENCY", "EUR")
MAX_PHOTOS = 40
