# sqlalchemy.orm.attributes: what marks an instance's attribute changed
# (flag_modified, in a model's methods); it makes nothing of the schema.


def flag_modified(instance, key):
    return None


def flag_dirty(instance):
    return None


def set_attribute(instance, key, value, initiator=None):
    return None


def get_attribute(instance, key):
    return None


def del_attribute(instance, key):
    return None


def set_committed_value(instance, key, value):
    return None


def get_history(obj, key, passive=None):
    return None
