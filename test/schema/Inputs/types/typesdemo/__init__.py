"""Column types and server defaults as each dialect renders them in DDL."""
