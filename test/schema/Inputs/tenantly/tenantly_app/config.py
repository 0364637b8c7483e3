CORE_SCHEMA = "core"
APP_SCHEMA = "app"
AUDIT_SCHEMA = "audit"

MAX_SLUG = 63  # DNS label length, tenants get <slug>.tenantly.io
MAX_NAME = 200
