"""Device registry service."""
