"""Heroes and teams with SQLModel (Pydantic + SQLAlchemy)."""
