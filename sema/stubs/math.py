# math: what models compute column sizes and defaults with. What is left
# out is opaque, as an unresolved import's names are.
pi = 3.141592653589793
e = 2.718281828459045
tau = 6.283185307179586


def floor(x):
    i = int(x)
    return i - 1 if i > x else i


def ceil(x):
    i = int(x)
    return i + 1 if i < x else i


def trunc(x):
    return int(x)
