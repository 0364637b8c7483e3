import logging
import os
from functools import lru_cache

logger = logging.getLogger("castaway")

MEDIA_ROOT = os.getenv("CASTAWAY_MEDIA_ROOT", "/var/lib/castaway/media")
DEFAULT_LANGUAGE = os.getenv("CASTAWAY_LANGUAGE", "en-us")
SLUG_MAX = 120


@lru_cache
def feed_base_url() -> str:
    return os.getenv("CASTAWAY_FEED_URL", "https://feeds.example.org")
