"""Pages with <meta http-equiv="refresh"> are archived as served and their target followed (issue 13)."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest

from tests.conftest import LOCAL, run_archiver
from tests.portal.site import build_portal

pytestmark = pytest.mark.e2e


def test_refresh_pages_are_archived_and_their_targets_followed(tmp_path: Path) -> None:
    portal = build_portal("gov", count=16, seed=7)
    try:
        article_paths = [url[len(portal.base_url) :] for url in portal.truth]
        refreshing = article_paths[::3]  # every third article sends the reader to the next one
        for path, target in zip(refreshing, article_paths[1::3], strict=False):
            page = portal.server.routes[path]
            body = page.body.replace(
                b"<head>", f'<head><meta http-equiv="refresh" content="0;url={target}">'.encode(), 1
            )
            portal.server.routes[path] = replace(page, body=body)
        db = tmp_path / "a.db"
        result = run_archiver("crawl", portal.base_url + "/", "--db", str(db), "--format", "json", *LOCAL)
        assert result.returncode == 0, result.stderr[-2000:]
        exported = run_archiver("export", "--db", str(db), "--format", "jsonl")
        archived = {json.loads(line)["url"] for line in exported.stdout.splitlines()}
    finally:
        portal.close()
    assert {portal.base_url + path for path in refreshing} <= archived  # as served, not replaced
    assert set(portal.truth) <= archived
