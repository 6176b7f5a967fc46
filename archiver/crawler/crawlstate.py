"""What the spider knows before it starts: the archive's frontier, read once.

Known articles with their validators (for conditional requests) and whether they are
due; articles discovered but never archived (an interrupted run's unfinished work);
and per category, the articles listed at its last complete pass (for early stops).
"""

from __future__ import annotations

import math
import sqlite3
from collections import defaultdict
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from pathlib import Path

from archiver.history.revisit import RevisitPolicy
from archiver.urls import netloc_of


@dataclass(frozen=True)
class KnownArticle:
    etag: str | None
    last_modified: str | None
    archived: bool
    due: bool
    fetched_at: str | None = None  # last successful fetch, ISO 8601 (UTC)
    # its archived date, when a listing gave it (rule ``listing/…``): a re-fetch that reads no listing keeps it
    listing_date: str | None = None

    def changed_since_fetch(self, stated: str | None) -> bool:
        """Whether a date a sitemap (lastmod) or feed gives is after this article's last fetch."""
        if not (stated and self.fetched_at and self.archived):
            return False
        try:
            when = datetime.fromisoformat(stated.strip().replace("Z", "+00:00"))
        except ValueError:
            try:
                when = parsedate_to_datetime(stated)  # RSS: Fri, 01 Mar 2024 09:00:00 +0800
            except (TypeError, ValueError, IndexError):
                return False
        when = when if when.tzinfo else when.replace(tzinfo=UTC)
        return when > datetime.fromisoformat(self.fetched_at)

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
    reverify: list[str] = field(default_factory=list)  # not due by age, re-checked because verified longest ago

    def should_fetch(self, url: str) -> bool:
        known = self.known.get(url)
        return known is None or not known.archived or self.full or known.due

    def not_due(self) -> int:
        """Archived articles this run leaves alone: not due by the revisit policy, nor re-verified."""
        return 0 if self.full else sum(1 for k in self.known.values() if k.archived and not k.due)

    def revisits(self) -> list[str]:
        """Archived articles to fetch this run even if no listing leads to them."""
        return [url for url, k in self.known.items() if k.archived and (self.full or k.due)]

    @classmethod
    def load(
        cls,
        db_path: str | Path,
        full: bool,
        policy: RevisitPolicy,
        now: datetime | None = None,
        reverify_days: int = 0,
        hosts: frozenset[str] | None = None,
    ) -> CrawlState:
        """The frontier as the spider needs it; an archived article's due time follows ``policy`` as it is now.

        ``reverify_days``: besides what the policy makes due, this run re-checks the live articles
        verified longest ago, 1/``reverify_days`` of them, so a daily crawl re-verifies every live
        article within that many days however old it is (edits to old articles are found).

        ``hosts``: only the articles on these hosts (``host[:port]``): an archive that holds several
        portals is crawled one portal per run, and a run neither fetches nor counts the others'.
        """
        path = Path(db_path)
        state = cls(full=full)
        if not path.exists():
            return state
        now = now or datetime.now(UTC)
        now_text = now.isoformat(timespec="seconds")
        resting: list[tuple[str, str]] = []  # live articles not due: (last verified, url)
        with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as db:
            for url, etag, modified, fetched_at, due_at, live, born, listed_date in db.execute(
                "SELECT f.url, f.etag, f.last_modified, f.last_fetched_at, f.next_due_at, a.status = 'live', "
                "COALESCE(v.published_at, a.first_seen), "
                "CASE WHEN json_extract(v.rules, '$.published_at') LIKE 'listing/%' THEN v.published_at END "
                "FROM frontier f "
                "LEFT JOIN articles a ON a.url = f.url "
                "LEFT JOIN versions v ON v.article_id = a.id AND v.version = a.current_version "
                "WHERE f.kind = 'article'"
            ):
                if hosts is not None and netloc_of(url) not in hosts:
                    continue
                archived = bool(live)
                if archived and fetched_at:
                    last = datetime.fromisoformat(fetched_at)
                    due = policy.next_due(last, datetime.fromisoformat(born) if born else None) <= now
                else:  # never archived, or gone: retried when its failure back-off allows
                    due = due_at is None or due_at <= now_text
                state.known[url] = KnownArticle(etag, modified, archived, due, fetched_at, listed_date)
                if not archived and due:
                    state.pending.append(url)
                elif archived and not due:
                    resting.append((fetched_at or "", url))
            listed: dict[str, set[str]] = defaultdict(set)
            for category_url, url in db.execute(
                "SELECT c.url, m.url FROM category_members m JOIN categories c ON c.id = m.category_id "
                "WHERE c.last_complete_at IS NOT NULL AND m.first_seen <= c.last_complete_at"
            ):
                listed[category_url].add(url)
            state.listed_at_last_pass = dict(listed)
        if reverify_days > 0 and resting:
            live = sum(1 for k in state.known.values() if k.archived)
            for _, url in sorted(resting)[: math.ceil(live / reverify_days)]:
                state.known[url] = replace(state.known[url], due=True)
                state.reverify.append(url)
        return state
