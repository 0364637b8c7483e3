# itertools: what model code combines its collections with. The iterators
# are lists here (the analysis runs generators whole); the endless ones
# (count, cycle, repeat without times) are left out.


def _chain(iterables):
    for iterable in iterables:
        yield from iterable


class _Chain:
    # chain(*iterables) and chain.from_iterable(iterables)
    def __call__(self, *iterables):
        return _chain(iterables)

    def from_iterable(self, iterables):
        return _chain(iterables)


chain = _Chain()


def islice(iterable, *args):
    items = list(iterable)
    if len(args) == 1:
        return items[: args[0]]
    step = args[2] if len(args) > 2 and args[2] is not None else 1
    return items[args[0] or 0 : args[1] : step]


def repeat(obj, times):
    return [obj] * times


def accumulate(iterable, func=None, *, initial=None):
    total = initial
    started = initial is not None
    if started:
        yield total
    for element in iterable:
        if not started:
            total = element
            started = True
        elif func is None:
            total = total + element
        else:
            total = func(total, element)
        yield total


def starmap(function, iterable):
    for args in iterable:
        yield function(*args)


def takewhile(predicate, iterable):
    for x in iterable:
        if not predicate(x):
            break
        yield x


def dropwhile(predicate, iterable):
    dropping = True
    for x in iterable:
        if dropping and predicate(x):
            continue
        dropping = False
        yield x


def filterfalse(predicate, iterable):
    for x in iterable:
        if not (bool(x) if predicate is None else predicate(x)):
            yield x


def compress(data, selectors):
    for d, s in zip(data, selectors):
        if s:
            yield d


def pairwise(iterable):
    items = list(iterable)
    for i in range(len(items) - 1):
        yield (items[i], items[i + 1])


def zip_longest(*iterables, fillvalue=None):
    lists = [list(it) for it in iterables]
    longest = max([len(items) for items in lists], default=0)
    for i in range(longest):
        yield tuple(items[i] if i < len(items) else fillvalue for items in lists)


def product(*iterables, repeat=1):
    pools = [tuple(pool) for pool in iterables] * repeat
    result = [()]
    for pool in pools:
        result = [x + (y,) for x in result for y in pool]
    for prod in result:
        yield prod


def combinations(iterable, r):
    pool = tuple(iterable)
    n = len(pool)
    if r > n:
        return
    indices = list(range(r))
    yield tuple(pool[i] for i in indices)
    while True:
        for i in reversed(range(r)):
            if indices[i] != i + n - r:
                break
        else:
            return
        indices[i] += 1
        for j in range(i + 1, r):
            indices[j] = indices[j - 1] + 1
        yield tuple(pool[i] for i in indices)


def permutations(iterable, r=None):
    pool = tuple(iterable)
    n = len(pool)
    r = n if r is None else r
    for indices in product(range(n), repeat=r):
        if len(set(indices)) == r:
            yield tuple(pool[i] for i in indices)


def groupby(iterable, key=None):
    groups = []
    for x in iterable:
        k = x if key is None else key(x)
        if groups and groups[-1][0] == k:
            groups[-1][1].append(x)
        else:
            groups.append((k, [x]))
    for k, members in groups:
        yield (k, members)
