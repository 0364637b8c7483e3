# sqlalchemy.event: listeners are registered. Those of a type's or a
# column's attaching run when it attaches, those of the mappers'
# configuring as configure_mappers() runs them; of the others, sema reports
# those of events that change the schema or its DDL as not run.


def listen(target, identifier, fn, *args, once=False, named=False, propagate=False,
           retval=False, **kw):
    _schemac_note_listener(target, identifier, fn, once, named, False, propagate, retval)


def listens_for(target, identifier, *args, once=False, named=False, propagate=False,
                retval=False, **kw):
    def decorate(fn):
        _schemac_note_listener(target, identifier, fn, once, named, False, propagate, retval)
        return fn

    return decorate


def remove(target, identifier, fn):
    _schemac_note_listener(target, identifier, fn, False, False, True, False, False)


def contains(target, identifier, fn):
    return False


# Names that appeared in SQLAlchemy 2.0, from dir() of this module under
# 1.4.46 and 2.0.52: importing one from project code fails when the models
# run on 1.4, and tells that they run on 2.0 (sema reads this table).
__schemac_since__ = {
    "EventTarget": (2, 0),
}
