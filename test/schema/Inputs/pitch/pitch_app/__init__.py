"""Pitch: amateur sports league management."""
