"""Import every model module so that ``Base.metadata`` is complete."""
from ticketdesk_app.models.base import Base  # noqa: F401
from ticketdesk_app.models import agents, tickets, kb  # noqa: F401
