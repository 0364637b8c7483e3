# sqlalchemy.orm.relationships: relationship()'s class, as models' helpers
# name it in annotations and isinstance() checks.
from sqlalchemy.orm import Relationship, RelationshipProperty
