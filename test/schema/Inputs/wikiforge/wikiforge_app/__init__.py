"""wikiforge — a team wiki (spaces, pages, revisions, comments, watchers)."""
