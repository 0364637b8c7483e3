class UUID:
    pass


def uuid1(node=None, clock_seq=None):
    return UUID()


def uuid4():
    return UUID()
