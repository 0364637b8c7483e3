from typing import *
from typing import _SpecialForm

Annotated = Annotated
Literal = Literal
Self = Self
