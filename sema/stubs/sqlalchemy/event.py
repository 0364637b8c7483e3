# sqlalchemy.event: listeners are registered, not run; sema reports those
# of events that change the schema or its DDL.


def listen(target, identifier, fn, *args, **kw):
    _schemac_note_listener(target, identifier)


def listens_for(target, identifier, *args, **kw):
    _schemac_note_listener(target, identifier)

    def decorate(fn):
        return fn

    return decorate


def remove(target, identifier, fn):
    pass


def contains(target, identifier, fn):
    return False
