"""stockroom — warehouse inventory API (FastAPI + SQLModel)."""
