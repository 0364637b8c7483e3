"""Models over a legacy database whose column names differ from attributes."""
