from __future__ import annotations

import os
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Settings:
    database_url: str = os.environ.get("GIGBOARD_DB", "sqlite:///gigboard.sqlite3")
    posting_days: int = int(os.environ.get("GIGBOARD_POSTING_DAYS", "30"))
    currencies: tuple[str, ...] = field(default=("USD", "EUR", "GBP"))


settings = Settings()
