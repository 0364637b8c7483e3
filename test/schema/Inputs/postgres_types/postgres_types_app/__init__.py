"""Analytics store tuned for PostgreSQL, still deployable on MySQL and SQLite."""
