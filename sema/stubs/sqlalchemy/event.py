# sqlalchemy.event: listeners are registered. Those of a type's or a
# column's attaching run when it attaches; of the others, sema reports those
# of events that change the schema or its DDL as not run.


def listen(target, identifier, fn, *args, once=False, named=False, **kw):
    _schemac_note_listener(target, identifier, fn, once, named, False)


def listens_for(target, identifier, *args, once=False, named=False, **kw):
    def decorate(fn):
        _schemac_note_listener(target, identifier, fn, once, named, False)
        return fn

    return decorate


def remove(target, identifier, fn):
    _schemac_note_listener(target, identifier, fn, False, False, True)


def contains(target, identifier, fn):
    return False
