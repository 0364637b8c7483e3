"""gigboard: a job board for remote work."""
