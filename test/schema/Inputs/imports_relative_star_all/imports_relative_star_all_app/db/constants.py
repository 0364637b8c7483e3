# no __all__: a star import takes every public name, never the _private ones
NAME_LEN = 80
SHELF_LEN = 6
_LOCAL_LEN = 99
