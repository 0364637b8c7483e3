"""Every way of writing __table_args__, plus a class mapped onto __table__."""
