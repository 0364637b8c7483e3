import os

try:
    from dotenv import load_dotenv
except ImportError:  # optional in production
    load_dotenv = None

if load_dotenv is not None:
    load_dotenv()

DB_URL = os.environ.get("PARLEY_DB", "postgresql://localhost/parley")
MAX_MESSAGE_LENGTH = int(os.environ.get("PARLEY_MAX_MESSAGE", "4000"))
USERNAME_LENGTH = 32
CHANNEL_NAME_LENGTH = 80
DEFAULT_LOCALE = "en"
