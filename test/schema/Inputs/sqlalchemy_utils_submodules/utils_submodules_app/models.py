"""SQLAlchemy-Utils types imported from the modules that define them, as
projects do as often as from the package."""
import sqlalchemy as sa
from sqlalchemy.orm import declarative_base
from sqlalchemy_utils.types.arrow import ArrowType
from sqlalchemy_utils.types.choice import ChoiceType
from sqlalchemy_utils.types.email import EmailType
from sqlalchemy_utils.types.ip_address import IPAddressType
from sqlalchemy_utils.types.json import JSONType
# Importable without the intervals package, which using it needs.
from sqlalchemy_utils.types.range import IntRangeType  # noqa: F401
from sqlalchemy_utils.types.scalar_list import ScalarListType
from sqlalchemy_utils.types.url import URLType
from sqlalchemy_utils.types.uuid import UUIDType
from sqlalchemy_utils.types.weekdays import WeekDaysType

Base = declarative_base()


class Event(Base):
    __tablename__ = "events"
    id = sa.Column(UUIDType(binary=False), primary_key=True)
    starts = sa.Column(ArrowType(timezone=True))
    kind = sa.Column(ChoiceType([("a", "A"), ("b", "B")]))
    contact = sa.Column(EmailType(120))
    origin = sa.Column(IPAddressType)
    payload = sa.Column(JSONType)
    tags = sa.Column(ScalarListType(str))
    link = sa.Column(URLType)
    days = sa.Column(WeekDaysType)
