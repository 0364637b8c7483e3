from curio_app.collection.base import Base, mapper_registry  # noqa: F401
from curio_app.collection.objects import *  # noqa: F401,F403
from curio_app.collection.people import *  # noqa: F401,F403
from curio_app.collection.movement import *  # noqa: F401,F403
