"""Job queue: every flavour of Python-side and server-side default."""
