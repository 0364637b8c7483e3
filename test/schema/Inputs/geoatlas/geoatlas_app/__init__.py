"""geoatlas — gazetteer and statistics warehouse (Core tables + classical mappings)."""
