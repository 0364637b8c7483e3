"""Registrar: domain registration and authoritative DNS hosting."""
