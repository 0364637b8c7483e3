a, *b, c = range(10)
(d, e), [f, g] = (1, 2), [3, 4]
first = [y := 10, y ** 2]
if (n := len(a)) > 3: pass
h = lambda x, /, y=1, *a, k, **kw: (x, y, a, k, kw)
i = [*a, *b], {**{}, 'k': 1}, {*a, 1}
j = x if y else z if w else v
k = a[1:2, ::3, ...][-1]
l = [x * y for x in range(3) if x for y in range(x) if y if not x]
m = {k: v for k, v in {}.items()}
n = print(*a, sep='', **{'end': ''})
o = not a and b or c
p = await_ = yield_ = None
q: int
r: list[int] = []
t = x.y.z(1)(2)[3].w
