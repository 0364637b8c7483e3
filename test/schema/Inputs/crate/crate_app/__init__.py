"""crate: a private package index (PEP 503 / PEP 691)."""
