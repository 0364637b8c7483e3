# Methods of sets and lists that models call for what they change: Indico
# builds a CHECK's column list with set.add() and set algebra, redash a
# list with list.remove(). A method of a builtin value the analysis does
# not have, called for what it changes, gets a warning rather than being
# skipped in silence.
# RUN: %schemac schema --format=ddl %s 2>&1 | FileCheck %s
# CHECK: warning: this call cannot be evaluated (dict has no attribute 'popitem'); what it changes is missing from the analysis
# CHECK: warning: this call cannot be evaluated (set.update() of 'undefined_names': name 'undefined_names' is not defined); what it changes is missing from the analysis
# CHECK: warning: this call cannot be evaluated (list.sort() of values or with a key the analysis does not order); what it changes is missing from the analysis
# CHECK: CREATE TABLE principals (
# CHECK: a VARCHAR(6),
# CHECK-NEXT: b VARCHAR(66),
# CHECK-NEXT: c VARCHAR(3),
# CHECK-NEXT: d VARCHAR(3),
# CHECK-NEXT: e VARCHAR(10),
# CHECK-NEXT: f VARCHAR(35),
# CHECK: CONSTRAINT valid_user CHECK (type != 1 OR (group_id IS NULL AND role_id IS NULL AND user_id IS NOT NULL))
from sqlalchemy import CheckConstraint, Column, Integer, String
from sqlalchemy.orm import declarative_base

Base = declarative_base()


def make_check(type_, allow_roles, *cols):
    all_cols = {"user_id", "group_id"}
    if allow_roles:
        all_cols.add("role_id")
    required = all_cols & set(cols)
    forbidden = all_cols - required
    criteria = [f"{col} IS NULL" for col in sorted(forbidden)]
    criteria += [f"{col} IS NOT NULL" for col in sorted(required)]
    return CheckConstraint(
        "type != {} OR ({})".format(type_, " AND ".join(criteria)), "valid_user"
    )


s = {1, 2, 3}
s.add(4)
s.add(1)
s.discard(2)
s.update([5, 6], (7,))
t = s.union({8}).intersection(range(0, 9)).difference([1])
u = t.symmetric_difference({3, 100})
s.remove(7)
flags = {1}.issubset(s) and s.issuperset([3, 4]) and not s.isdisjoint({3})

names = ["b", "", "a", "c"]
names.remove("")
names.sort(reverse=True)
last = names.pop()
order = [3, 1, 2]
order.sort()
order.reverse()
widths = {"a": 1}
widths.popitem()
# Changes the analysis cannot follow are said where they are made.
extra = {"x"}
extra.update(undefined_names)  # noqa: F821
by_length = ["bb", "a"]
by_length.sort(key=len)


class Principal(Base):
    __tablename__ = "principals"
    __table_args__ = (make_check(1, True, "user_id"),)
    id = Column(Integer, primary_key=True)
    type = Column(Integer)
    user_id = Column(Integer)
    group_id = Column(Integer)
    role_id = Column(Integer)
    a = Column(String(len(s) + 1))
    b = Column(String(len(t) * 10 + len(u)))
    c = Column(String(3 if flags else 0))
    d = Column(String(len(names) + names.index("b", 1) + names.count("c") - 1))
    e = Column(String(10 if last == "a" else 0))
    f = Column(String(order[0] * 10 + order.copy()[2] * 5))
