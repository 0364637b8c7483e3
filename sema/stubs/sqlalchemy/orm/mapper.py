# sqlalchemy.orm.mapper: the Mapper class, which models' helpers name in
# annotations and isinstance() checks; it makes nothing of the schema.


class Mapper:
    def __init__(self, class_=None, local_table=None, **kw):
        self.class_ = class_
        self.local_table = local_table
