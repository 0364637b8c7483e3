x = (1, 2
def f(:
    return [1, 2}
class C(
    pass
y = {1: 2,
