"""Helix LIMS: sample tracking for a sequencing core facility."""
