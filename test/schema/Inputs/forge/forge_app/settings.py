"""Runtime settings read from the environment."""
import os

DATABASE_URL = os.environ.get("FORGE_DATABASE_URL", "sqlite:///forge.db")
DEFAULT_BRANCH = os.environ.get("FORGE_DEFAULT_BRANCH", "main")
MAX_LOG_BYTES = int(os.environ.get("FORGE_MAX_LOG_BYTES", str(16 * 1024 * 1024)))
ARTIFACT_PATH_LENGTH = 512
SHA_LENGTH = 40
JOB_TIMEOUT_MINUTES = int(os.environ.get("FORGE_JOB_TIMEOUT", "60"))
