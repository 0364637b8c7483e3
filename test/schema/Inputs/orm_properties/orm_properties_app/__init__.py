"""CMS models: deferred columns, column_property, hybrids, synonyms (1.4 style)."""
