# sqlalchemy.inspection: inspect() looks at objects at run time; what it
# returns is not modelled.
