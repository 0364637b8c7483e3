"""A CRM whose models lean on constants and small column helpers."""
