# sqlalchemy_utils.types.enriched_datetime.enriched_date_type: EnrichedDateType.
from sqlalchemy_utils.types import EnrichedDateType
