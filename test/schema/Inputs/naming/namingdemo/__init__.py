"""Models whose constraint and index names come from naming conventions."""
