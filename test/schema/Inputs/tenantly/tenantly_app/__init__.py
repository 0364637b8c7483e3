"""tenantly — multi-tenant project tracker. Shared tables live in the ``core`` schema,
tenant-scoped data in ``app``; audit data in ``audit``."""
