class AssociationProxy:
    def __init__(self, target_collection, attr, **kw):
        pass


def association_proxy(target_collection, attr, **kw):
    return AssociationProxy(target_collection, attr, **kw)
