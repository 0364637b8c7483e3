from .meta import *  # noqa
from .project import *  # noqa
from .release import *  # noqa
from .account import *  # noqa
