"""DDL corner cases: a reference cycle, reserved words, comments, schemas."""
