from sqlalchemy import MetaData, Numeric
from sqlalchemy.orm import DeclarativeBase, MappedAsDataclass, registry  # noqa: F401


class Base(DeclarativeBase):
    registry = registry(
        metadata=MetaData(schema=None),
        type_annotation_map={float: Numeric(10, 2, asdecimal=False)},
    )

    def to_dict(self):
        return {c.key: getattr(self, c.key) for c in self.__mapper__.column_attrs}
