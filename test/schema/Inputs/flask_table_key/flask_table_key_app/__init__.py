from . import ext, audit, models
