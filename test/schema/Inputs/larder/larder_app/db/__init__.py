from .base import Base
from .models import *  # noqa: F401,F403
from .social import *  # noqa: F401,F403
