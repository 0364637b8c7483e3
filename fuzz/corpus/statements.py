import os.path as osp, sys
from . import sibling
from ..pkg.mod import (a as b,
                       c,)
from os import *
global_var = 1


def f():
    global global_var
    x = 0
    def g():
        nonlocal x
        x += 1
        yield x
        yield from range(3)
    del x
    assert global_var, "message"
    raise RuntimeError("bad") from None


try:
    pass
except* ValueError as eg:
    pass
except* (TypeError, KeyError):
    pass

try:
    f()
except (OSError, ValueError) as e:
    raise
except:
    pass
else:
    pass
finally:
    pass

with (open("a") as fa,
      open("b") as fb,):
    pass
for x, y in []:
    pass
else:
    pass
while 0:
    pass
else:
    pass
