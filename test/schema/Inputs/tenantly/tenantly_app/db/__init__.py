from .base import Base, TenantScoped, metadata_obj

__all__ = ["Base", "TenantScoped", "metadata_obj"]
