from sqlalchemy.orm import declarative_base, declared_attr, as_declarative, DeclarativeMeta


class AbstractConcreteBase:
    pass


class ConcreteBase:
    pass
