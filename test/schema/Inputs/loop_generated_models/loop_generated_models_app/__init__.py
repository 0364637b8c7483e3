"""Reference-data tables generated in loops and by a class factory."""
