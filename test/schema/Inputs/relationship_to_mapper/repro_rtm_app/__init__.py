from sqlalchemy import Column, ForeignKey, Integer, Table
from sqlalchemy.orm import registry, relationship

reg = registry()

lines = Table("lines", reg.metadata, Column("id", Integer, primary_key=True),
              Column("batch_id", ForeignKey("batches.id")))
batches = Table("batches", reg.metadata, Column("id", Integer, primary_key=True))


class Line:
    pass


class Batch:
    pass


lines_mapper = reg.map_imperatively(Line, lines)
# relationship() given the Mapper object that map_imperatively returned
reg.map_imperatively(Batch, batches, properties={"lines": relationship(lines_mapper)})
