"""ticketdesk — customer support helpdesk."""
