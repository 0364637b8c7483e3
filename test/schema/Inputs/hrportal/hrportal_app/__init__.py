"""hrportal — employee records, leave and payroll (supports SQLAlchemy 1.4 and 2.0)."""
