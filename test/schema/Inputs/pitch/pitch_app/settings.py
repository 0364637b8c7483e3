import os

LEAGUE_SCHEMA = os.environ.get("PITCH_SCHEMA") or None
STATS_SCHEMA = "stats"
SEASON_FORMAT = "%Y"
POSITIONS = ["GK", "DF", "MF", "FW"]
STAT_KINDS = ("goals", "assists", "cards")
EXTENDED_STATS = os.environ.get("PITCH_EXTENDED_STATS", "0") == "1"
TRACK_AGENTS = True
