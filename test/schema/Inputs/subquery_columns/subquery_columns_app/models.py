"""column_property expressions over FROMs of their own: a recursive CTE over
a table alias (Indico's Category.chain), a subquery's column, a union, and
an aggregate of a DISTINCT; each reads the columns the inner SELECTs read,
a table alias's being its table's."""
from sqlalchemy import Column, ForeignKey, Integer, String, cast, column, func, literal, select, union_all
from sqlalchemy.dialects.postgresql import ARRAY, array
from sqlalchemy.orm import column_property, declarative_base

Base = declarative_base()


class Category(Base):
    __tablename__ = "categories"

    id = Column(Integer, primary_key=True)
    parent_id = Column(ForeignKey("categories.id"))
    title = Column(String(80))
    position = Column(Integer)


class Event(Base):
    __tablename__ = "events"

    id = Column(Integer, primary_key=True)
    category_id = Column(ForeignKey("categories.id"))
    series_id = Column(Integer)
    start = Column(Integer)
    moved_from_id = Column(ForeignKey("categories.id"))


def _chain():
    cat_alias = Category.__table__.alias()
    cte_query = (
        select([cat_alias.c.id, cast(literal([]), ARRAY(String)).label("path")])
        .where(cat_alias.c.parent_id.is_(None))
        .cte(recursive=True)
    )
    rec_query = select([cat_alias.c.id, cte_query.c.path.op("||")(cat_alias.c.title)]).where(
        cat_alias.c.parent_id == cte_query.c.id
    )
    cte = cte_query.union_all(rec_query)
    return select([cte.c.path]).where(cte.c["id"] == Category.id).scalar_subquery()


Category.chain = column_property(_chain(), deferred=True)

_positions = select(
    [Event.id, func.row_number().over(partition_by=Event.series_id, order_by=Event.start).label("pos")]
).alias()
Event.series_pos = column_property(
    select([_positions.c.pos]).where(_positions.c.id == Event.id).scalar_subquery(), deferred=True
)

Category.series_count = column_property(
    select([func.count(Event.series_id.distinct())]).where(Event.category_id == Category.id).scalar_subquery()
)

_touching = (
    select([Event.category_id.label("cid")])
    .union(select([Event.moved_from_id.label("cid")]))
    .subquery()
)
Category.touched_by_events = column_property(
    select([func.count()]).select_from(_touching).where(_touching.c.cid == Category.id).scalar_subquery()
)

# ARRAY[title, position]
Category.title_and_position = column_property(array([Category.title, cast(Category.position, String)]))

# union_all() of SELECTs made in a generator (Indico's Affiliation.popularity).
_ids = union_all(*(select([c.label("ref")]) for c in (Event.category_id, Event.moved_from_id))).subquery()
Category.reference_count = column_property(
    select([func.count()]).select_from(_ids).where(_ids.c.ref == Category.id).scalar_subquery()
)

# The subquery only as the FROM, its columns by name (Indico's popularity).
Category.reference_total = column_property(
    select([func.count(column("ref"))]).select_from(_ids).where(column("ref") == Category.id).scalar_subquery()
)
