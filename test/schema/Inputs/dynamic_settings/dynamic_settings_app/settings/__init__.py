import importlib
import os

# The module is chosen at run time; its default is what the analysis reads.
dynamic = importlib.import_module(
    os.environ.get("APP_DYNAMIC_SETTINGS", "dynamic_settings_app.settings.dynamic")
)
relative = importlib.import_module(".dynamic", package="dynamic_settings_app.settings")
