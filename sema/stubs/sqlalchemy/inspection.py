# sqlalchemy.inspection: inspect() looks at objects at run time; what it
# returns is not modelled.


# Names that appeared in SQLAlchemy 2.0, from dir() of this module under
# 1.4.46 and 2.0.52: importing one from project code fails when the models
# run on 1.4, and tells that they run on 2.0 (sema reads this table).
__schemac_since__ = {
    "Inspectable": (2, 0),
}
