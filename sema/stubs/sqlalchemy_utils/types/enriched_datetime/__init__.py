# sqlalchemy_utils.types.enriched_datetime: the package of the enriched date
# and datetime types, in the modules below (its own names are their
# processors, which no schema reads).
