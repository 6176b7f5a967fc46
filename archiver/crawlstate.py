"""What the spider knows before it starts: the archive's frontier, read once.

Known articles with their validators (for conditional requests) and whether they are
due; articles discovered but never archived (an interrupted run's unfinished work);
and per category, the articles listed at its last complete pass (for early stops).
"""

from __future__ import annotations

import sqlite3
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path


@dataclass(frozen=True)
class KnownArticle:
    etag: str | None
    last_modified: str | None
    archived: bool
    due: bool

    def conditional_headers(self) -> dict[str, str]:
        headers = {}
        if self.archived and self.etag:
            headers["If-None-Match"] = self.etag
        if self.archived and self.last_modified:
            headers["If-Modified-Since"] = self.last_modified
        return headers


@dataclass
class CrawlState:
    full: bool = True
    known: dict[str, KnownArticle] = field(default_factory=dict)
    pending: list[str] = field(default_factory=list)
    listed_at_last_pass: dict[str, set[str]] = field(default_factory=dict)

    def should_fetch(self, url: str) -> bool:
        known = self.known.get(url)
        return known is None or not known.archived or self.full or known.due

    def revisits(self) -> list[str]:
        """Archived articles to fetch this run even if no listing leads to them."""
        return [url for url, k in self.known.items() if k.archived and (self.full or k.due)]

    @classmethod
    def load(cls, db_path: str | Path, full: bool, now: datetime | None = None) -> CrawlState:
        path = Path(db_path)
        state = cls(full=full)
        if not path.exists():
            return state
        now_text = (now or datetime.now(UTC)).isoformat(timespec="seconds")
        with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as db:
            archived = {url for (url,) in db.execute("SELECT url FROM articles WHERE status = 'live'")}
            for url, etag, modified, due_at in db.execute(
                    "SELECT url, etag, last_modified, next_due_at FROM frontier "
                    "WHERE kind = 'article'"):
                is_archived = url in archived
                due = due_at is None or due_at <= now_text
                state.known[url] = KnownArticle(etag, modified, is_archived, due)
                if not is_archived and due:
                    state.pending.append(url)
            listed: dict[str, set[str]] = defaultdict(set)
            for category_url, url in db.execute(
                    "SELECT c.url, m.url FROM category_members m JOIN categories c ON c.id = m.category_id "
                    "WHERE c.last_complete_at IS NOT NULL AND m.first_seen <= c.last_complete_at"):
                listed[category_url].add(url)
            state.listed_at_last_pass = dict(listed)
        return state
