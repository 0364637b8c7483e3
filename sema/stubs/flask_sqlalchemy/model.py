# flask_sqlalchemy.model: Model, the default model_class, which projects
# subclass for a model_class of their own; the metaclasses' mixins.


class Model:
    query_class = None
    query = None


class BindMetaMixin(type):
    pass


class NameMetaMixin(type):
    pass


class DefaultMeta(BindMetaMixin, NameMetaMixin):
    pass


class DefaultMetaNoName(BindMetaMixin):
    pass
