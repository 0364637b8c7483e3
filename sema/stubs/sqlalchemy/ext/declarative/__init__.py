from sqlalchemy.orm import declarative_base, declared_attr, as_declarative, DeclarativeMeta
from sqlalchemy.ext.declarative.extensions import AbstractConcreteBase, ConcreteBase, DeferredReflection
