# sqlalchemy_utils.generic: generic_relationship, a property over a type
# and an id column the model declares itself.


class GenericRelationshipProperty:
    def __init__(self, *args, **kwargs):
        pass


def generic_relationship(*args, **kwargs):
    return GenericRelationshipProperty(*args, **kwargs)
