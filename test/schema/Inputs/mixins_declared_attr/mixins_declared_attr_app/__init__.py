"""Project-management models composed from reusable mixins."""
