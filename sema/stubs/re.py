# re: Python's regular expressions, run by schemac's port of CPython's
# engine (support/PyRegex) through the _schemac_re_* intrinsics.
A = ASCII = 256
I = IGNORECASE = 2
L = LOCALE = 4
M = MULTILINE = 8
S = DOTALL = 16
U = UNICODE = 32
X = VERBOSE = 64


class error(Exception):
    pass


class Match:
    def __init__(self, string, spans):
        # spans: (begin, end) of the match, then of each group or None
        self.string = string
        self._spans = spans

    def span(self, group=0):
        return self._spans[group]

    def start(self, group=0):
        return self._spans[group][0]

    def end(self, group=0):
        return self._spans[group][1]

    def group(self, *groups):
        if not groups:
            groups = (0,)
        found = []
        for g in groups:
            span = self._spans[g]
            found.append(None if span is None else self.string[span[0]:span[1]])
        if len(found) == 1:
            return found[0]
        return tuple(found)

    def groups(self, default=None):
        return tuple(default if s is None else self.string[s[0]:s[1]] for s in self._spans[1:])

    def __getitem__(self, g):
        return self.group(g)


class Pattern:
    def __init__(self, pattern, flags=0):
        self.pattern = pattern
        self.flags = flags

    def _one(self, string, mode):
        spans = _schemac_re_find(self.pattern, self.flags, string, mode)
        if spans is None:
            return None
        return Match(string, spans)

    def match(self, string):
        return self._one(string, "match")

    def search(self, string):
        return self._one(string, "search")

    def fullmatch(self, string):
        return self._one(string, "fullmatch")

    def finditer(self, string):
        return [Match(string, s) for s in _schemac_re_find(self.pattern, self.flags, string, "finditer")]

    def findall(self, string):
        found = []
        for s in _schemac_re_find(self.pattern, self.flags, string, "finditer"):
            m = Match(string, s)
            if len(s) == 1:
                found.append(m.group(0))
            elif len(s) == 2:
                found.append(m.groups("")[0])
            else:
                found.append(m.groups(""))
        return found

    def sub(self, repl, string, count=0):
        return _schemac_re_sub(self.pattern, self.flags, repl, string, count)

    def split(self, string, maxsplit=0):
        return _schemac_re_split(self.pattern, self.flags, string, maxsplit)


def compile(pattern, flags=0):
    if isinstance(pattern, Pattern):
        return pattern
    return Pattern(pattern, flags)


def match(pattern, string, flags=0):
    return compile(pattern, flags).match(string)


def search(pattern, string, flags=0):
    return compile(pattern, flags).search(string)


def fullmatch(pattern, string, flags=0):
    return compile(pattern, flags).fullmatch(string)


def finditer(pattern, string, flags=0):
    return compile(pattern, flags).finditer(string)


def findall(pattern, string, flags=0):
    return compile(pattern, flags).findall(string)


def sub(pattern, repl, string, count=0, flags=0):
    return compile(pattern, flags).sub(repl, string, count)


def split(pattern, string, maxsplit=0, flags=0):
    return compile(pattern, flags).split(string, maxsplit)

