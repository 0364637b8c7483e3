class AssociationProxy:
    def __init__(self, target_collection, attr, **kw):
        pass


def association_proxy(target_collection, attr, **kw):
    return AssociationProxy(target_collection, attr, **kw)


# Names that appeared in SQLAlchemy 2.0, from dir() of this module under
# 1.4.46 and 2.0.52: importing one from project code fails when the models
# run on 1.4, and tells that they run on 2.0 (sema reads this table).
__schemac_since__ = {
    "AssociationProxyExtensionType": (2, 0), "ColumnElement": (2, 0),
    "InspectionAttrExtensionType": (2, 0), "ORMDescriptor": (2, 0),
    "SQLORMOperations": (2, 0), "SupportsKeysAndGetItem": (2, 0),
}

# Names that SQLAlchemy 2.0 removed (the same comparison).
__schemac_until__ = {
    "ASSOCIATION_PROXY": (2, 0), "ColumnOperators": (2, 0),
}
