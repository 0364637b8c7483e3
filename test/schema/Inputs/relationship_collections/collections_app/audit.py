from ._audit import AuditEntry

__all__ = ["AuditEntry"]
