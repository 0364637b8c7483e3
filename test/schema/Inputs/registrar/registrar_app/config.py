import logging
import os

logger = logging.getLogger("registrar")

DNS_SCHEMA = os.environ.get("REGISTRAR_DNS_SCHEMA", "dns")
BILLING_SCHEMA = "accounts"
DEFAULT_TTL = int(os.environ.get("REGISTRAR_DEFAULT_TTL", "3600"))
MAX_LABEL = 63
MAX_FQDN = 253
