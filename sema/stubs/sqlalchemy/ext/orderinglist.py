# sqlalchemy.ext.orderinglist: a relationship's collection_class that
# keeps a position column in step; it makes nothing of the schema.


class OrderingList(list):
    def __init__(self, ordering_attr=None, ordering_func=None,
                 reorder_on_append=False):
        pass


def count_from_0(index, collection):
    return index


def count_from_1(index, collection):
    return index + 1


def count_from_n_factory(start):
    return count_from_0


def ordering_list(attr, count_from=None, ordering_func=None,
                  reorder_on_append=False):
    return OrderingList
