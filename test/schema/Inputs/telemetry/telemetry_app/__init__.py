"""telemetry — device fleet monitoring: devices, sessions, events and alert rules.

Production runs on PostgreSQL; CI and the desktop edition use SQLite, some customers MySQL,
so every PostgreSQL-only type has a portable fallback.
"""
