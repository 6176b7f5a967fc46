"""Scheduled re-crawls end to end: round 1, the portal changes (round 2, then 3), crawl again."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from archiver.fts import index_values
from archiver.history.change_rules import content_hash
from tests.conftest import LOCAL, run_archiver, verify_archive
from tests.portal.rounds import round_three, round_two
from tests.portal.site import build_portal

pytestmark = pytest.mark.e2e
REVISIT_ALL = ["-s", "ARCHIVER_REVISIT_POLICY=*=0"]


def crawl(base_url: str, db: Path, *extra: str) -> dict[str, Any]:
    result = run_archiver("crawl", base_url + "/", "--db", str(db), "--format", "json", *LOCAL, *extra)
    assert result.returncode == 0, result.stderr[-3000:]
    verify_archive(db)
    return json.loads(result.stdout)


def versions(db: Path) -> dict[str, list[dict[str, Any]]]:
    result: dict[str, list[dict[str, Any]]] = {}
    with sqlite3.connect(db) as conn:
        conn.row_factory = sqlite3.Row
        for row in conn.execute(
            "SELECT a.url, v.* FROM versions v JOIN articles a ON a.id = v.article_id ORDER BY a.url, v.version"
        ):
            result.setdefault(row["url"], []).append(dict(row))
    return result


def private_copy(db: Path, folder: Path) -> Path:
    """The round-two archive for one test that writes to it: every test sees the same two runs, in any order."""
    copy = folder / "archive.db"
    with sqlite3.connect(db) as source, sqlite3.connect(copy) as target:
        source.backup(target)
    return copy


def query(db: Path, sql: str, *params: Any) -> list[tuple[Any, ...]]:
    with sqlite3.connect(db) as conn:
        return conn.execute(sql, params).fetchall()


@pytest.fixture(scope="module", params=["gov", "modern"])
def rounds(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Any]]:
    portal = build_portal(request.param)
    db = tmp_path_factory.mktemp(f"recrawl-{request.param}") / "archive.db"
    first = crawl(portal.base_url, db)
    round_one_bodies = {path: page.body for path, page in portal.server.routes.items()}
    round_one_truth = dict(portal.truth)
    changes = round_two(portal)
    portal.server.log.clear()
    second = crawl(portal.base_url, db, *REVISIT_ALL)
    # What round two served, kept: a test may move the portal on to round three.
    yield {
        "portal": portal,
        "db": db,
        "first": first,
        "second": second,
        "changes": changes,
        "log": list(portal.server.log),
        "round_one_bodies": round_one_bodies,
        "round_one_truth": round_one_truth,
        "round_two_truth": dict(portal.truth),
        "round_two_bodies": {path: page.body for path, page in portal.server.routes.items()},
    }
    portal.close()


def test_every_edit_is_exactly_one_new_version(rounds: dict[str, Any]) -> None:
    history = versions(rounds["db"])
    for url, fields in rounds["changes"].edited.items():
        assert [v["version"] for v in history[url]] == [1, 2], url
        latest = history[url][1]
        assert set(json.loads(latest["changed_fields"])) == fields
        assert latest["change_kind"] == ("minor" if fields == {"published_at"} else "edit")
        assert latest["capture_id"] != history[url][0]["capture_id"]


def test_noise_and_unchanged_make_no_version(rounds: dict[str, Any]) -> None:
    changes, history = rounds["changes"], versions(rounds["db"])
    moved = changes.moved[0]
    for url in rounds["round_one_truth"]:
        if url not in changes.edited and url != moved:
            assert len(history[url]) == 1, (url, url in changes.noise)
    # The moved article's page names its new category: a minor version of that field alone.
    assert [(v["change_kind"], json.loads(v["changed_fields"])) for v in history[moved]] == [
        ("new", []),
        ("minor", ["categories"]),
    ]


def test_removed_articles_are_gone_with_history(rounds: dict[str, Any]) -> None:
    db = rounds["db"]
    for url in rounds["changes"].removed:
        [(status, gone_at, versions_kept)] = query(
            db,
            "SELECT status, gone_at, (SELECT COUNT(*) FROM versions v WHERE v.article_id = a.id) "
            "FROM articles a WHERE url = ?",
            url,
        )
        assert (status, versions_kept) == ("gone", 1) and gone_at
        assert query(
            db,
            "SELECT s.status, s.reason FROM status_changes s JOIN articles a ON a.id = s.article_id WHERE a.url = ?",
            url,
        ) == [("gone", "HTTP 404")]


def test_new_articles_archived_exactly(rounds: dict[str, Any]) -> None:
    exported = run_archiver("export", "--db", str(rounds["db"])).stdout.splitlines()
    records = {r["url"]: r for r in map(json.loads, exported)}
    truth = rounds["round_two_truth"]
    moved_url = rounds["changes"].moved[0]
    for url, expected in truth.items():
        if url in rounds["changes"].noise:  # the archive keeps round 1's wording: noise is no version
            expected = {**expected, "body": rounds["round_one_truth"][url]["body"]}
        got = records[url]
        for name, value in expected.items():
            if name == "categories" and url == moved_url:
                continue  # incremental runs do not close listings; see test_full_pass_records_the_move
            assert got[name] == value, (url, name)
    for url in rounds["changes"].new:
        assert records[url]["version"] == 1


def test_unchanged_pages_answer_304(rounds: dict[str, Any]) -> None:
    portal, before = rounds["portal"], rounds["round_one_bodies"]
    articles = {url[len(portal.base_url) :] for url in rounds["round_one_truth"]}
    served = rounds["round_two_bodies"]
    same = [
        e
        for e in rounds["log"]
        if e.path in articles
        and e.path in served
        and served[e.path] == before.get(e.path)
        and e.path != portal.special["flaky"]
    ]
    assert same, "no unchanged article was re-requested"
    share = sum(1 for e in same if e.status == 304) / len(same)
    print(f"\n{portal.theme.name}: {share:.1%} of {len(same)} unchanged article requests answered 304")
    assert share >= 0.9, share
    assert all("If-None-Match" in e.headers for e in same)


def test_soft_error_page_is_a_failure_not_a_version(rounds: dict[str, Any]) -> None:
    url, db = rounds["changes"].soft_error, rounds["db"]
    assert len(versions(db)[url]) == 1
    assert query(db, "SELECT status FROM articles WHERE url = ?", url) == [("live",)]
    assert query(db, "SELECT kind FROM fetch_errors WHERE url = ? AND crawl_id = 2", url) == [("soft-error",)]


def test_run_rows(rounds: dict[str, Any]) -> None:
    [row] = query(
        rounds["db"],
        "SELECT mode, status, articles_new, articles_changed, articles_gone, not_modified, "
        "alarm, coverage FROM crawl_runs WHERE id = 2",
    )
    mode, status, new, changed, gone, not_modified, alarm, coverage = row
    # changed: the 5 edits, and the moved article (its page names its new category)
    assert (mode, status, new, changed, gone, alarm) == ("incremental", "finished", 3, 6, 2, None)
    assert not_modified >= 20
    coverage = json.loads(coverage)
    # the soft-error page and the empty article are extracted without a body worth keeping
    assert coverage["title"] == 1.0 and coverage["body"] > 0.8
    summary = rounds["second"]
    assert (summary["articles_new"], summary["articles_changed"], summary["articles_gone"]) == (3, 6, 2)
    listing = run_archiver("runs", "--db", str(rounds["db"]), "--format", "json")
    runs = json.loads(listing.stdout)
    assert [r["id"] for r in runs] == [2, 1] and runs[0]["not_modified"] == not_modified


def test_full_pass_records_the_move(rounds: dict[str, Any], tmp_path: Path) -> None:
    url, old, new = rounds["changes"].moved
    db = private_copy(rounds["db"], tmp_path)
    crawl(rounds["portal"].base_url, db, "--full")
    history = query(
        db,
        "SELECT c.name, m.removed_at IS NOT NULL FROM category_members m "
        "JOIN categories c ON c.id = m.category_id WHERE m.url = ? ORDER BY m.id",
        url,
    )
    assert (old, 1) in history and (new, 0) in history
    [record] = [
        r for r in map(json.loads, run_archiver("export", "--db", str(db)).stdout.splitlines()) if r["url"] == url
    ]
    assert record["categories"] == [new]


def test_restored_content_is_recognized(rounds: dict[str, Any], tmp_path: Path) -> None:
    url = round_three(rounds["portal"], rounds["changes"])
    db = private_copy(rounds["db"], tmp_path)
    summary = crawl(rounds["portal"].base_url, db, *REVISIT_ALL)
    assert summary["articles_changed"] == 1
    latest = versions(db)[url][-1]
    assert (latest["version"], latest["change_kind"], latest["restored_from"]) == (3, "restored", 1)


def test_history_and_diff_commands(rounds: dict[str, Any], tmp_path: Path) -> None:
    db = str(rounds["db"])
    url = next(u for u, f in rounds["changes"].edited.items() if f == {"title"})
    history = run_archiver("history", url, "--db", db)
    assert history.returncode == 0 and "v1" in history.stdout and "v2" in history.stdout
    assert "changed: title" in history.stdout
    data = json.loads(run_archiver("diff", url, "--db", db, "--format", "json").stdout)
    assert (data["url"], data["from"], data["to"]) == (url, 1, 2)
    assert set(data["fields"]) == {"title"} and data["body_diff"] == []
    assert data["fields"]["title"]["new"].endswith(("（修订）", "(revised)"))
    body_url = next(u for u, f in rounds["changes"].edited.items() if f == {"body"})
    data = json.loads(run_archiver("diff", body_url, "--db", db, "--from", "1", "--to", "2", "--format", "json").stdout)
    added = [line for line in data["body_diff"] if line.startswith("+") and not line.startswith("+++")]
    removed = [line for line in data["body_diff"] if line.startswith("-") and not line.startswith("---")]
    assert len(added) == len(removed) == 1 and added[0].endswith(("新增一句说明。", "One sentence was added."))
    page = tmp_path / "diff.html"
    result = run_archiver("diff", body_url, "--db", db, "--from", "1", "--to", "2", "--format", "html", "-o", str(page))
    assert result.returncode == 0
    html = page.read_text(encoding="utf-8")
    assert "<ins>" in html and ("新增一句说明" in html or "One sentence was added" in html)
    text = run_archiver("diff", body_url, "--db", db, "--from", "1", "--to", "2").stdout
    assert "body:" in text and "version 1 -> 2" in text
    missing = run_archiver("diff", body_url, "--db", db, "--from", "7")
    assert missing.returncode == 2 and "has versions" in missing.stderr


def test_reextract_is_a_rederivation_not_an_edit(rounds: dict[str, Any], tmp_path: Path) -> None:
    db = private_copy(rounds["db"], tmp_path)
    quiet = json.loads(run_archiver("reextract", "--db", str(db), "--format", "json").stdout)
    assert quiet["rederived"] == 0 and quiet["examined"] > 40  # same extractor, same reading
    url = next(iter(rounds["round_one_truth"]))
    with sqlite3.connect(db) as conn:  # pretend an older extractor misread one title (and indexed it so)
        article_id, title, body = conn.execute(
            "SELECT a.id, v.title, v.body FROM articles a JOIN versions v ON v.article_id = a.id "
            "AND v.version = a.current_version WHERE a.url = ?",
            [url],
        ).fetchone()
        conn.execute(
            "UPDATE versions SET title = 'misread' WHERE article_id = ? AND version = "
            "(SELECT current_version FROM articles WHERE id = ?)",
            [article_id, article_id],
        )
        cursor = conn.execute(
            "SELECT v.* FROM versions v JOIN articles a ON a.id = v.article_id "
            "AND v.version = a.current_version WHERE a.id = ?",
            [article_id],
        )
        misread = dict(zip([d[0] for d in cursor.description], cursor.fetchone(), strict=True))
        conn.execute(
            "UPDATE versions SET content_hash = ? WHERE id = ?",  # as that extractor wrote it
            [content_hash(misread), misread["id"]],
        )
        conn.execute(
            "INSERT INTO articles_fts (articles_fts, rowid, title, body, source, author) "
            "VALUES ('delete', ?, ?, ?, ?, ?)",
            [article_id, *index_values({**misread, "title": title, "body": body})],
        )
        conn.execute(
            "INSERT INTO articles_fts (rowid, title, body, source, author) VALUES (?, ?, ?, ?, ?)",
            [article_id, *index_values(misread)],
        )
    assert run_archiver("search", "misread", "--db", str(db), "--format", "json").stdout.count('"url"') == 1
    result = json.loads(run_archiver("reextract", "--db", str(db), "--format", "json").stdout)
    assert result["rederived"] == 1
    latest = versions(db)[url][-1]
    assert latest["change_kind"] == "reextract" and json.loads(latest["changed_fields"]) == ["title"]
    assert latest["capture_id"] == versions(db)[url][-2]["capture_id"]  # no new capture: not re-crawled
    verify_archive(db)
    assert latest["title"] == rounds["round_two_truth"].get(url, rounds["round_one_truth"][url])["title"]
    # The full-text index followed the re-derivation in the same transaction.
    assert run_archiver("search", "misread", "--db", str(db), "--format", "json").stdout.count('"url"') == 0
    with sqlite3.connect(db) as conn:
        conn.execute("INSERT INTO articles_fts (articles_fts) VALUES ('integrity-check')")


SESSION_DECORATIONS = (
    ";jsessionid={token}",
    "?sid={token}",
    "?PHPSESSID={token}",
    "?ASPSESSIONIDQQCTRDTA={letters}",
    "?_={stamp}",
)


def decorate_with_sessions(portal: Any, crawl_number: int) -> None:
    """Every link to an article carries a session id that changes with every visit (crawl)."""
    for path, page in list(portal.server.routes.items()):
        if path != "/" and not path.startswith("/section/"):  # the home page and the listings link articles
            continue
        html = page.body.decode(portal.theme.charset)
        for index, article in enumerate(portal.articles):
            target = portal.theme.article_path(article)
            token = f"{crawl_number:02d}a{index:03d}f5e4d3c2b1a0e9f8d7c6b5a4"
            decoration = SESSION_DECORATIONS[index % len(SESSION_DECORATIONS)].format(
                token=token,
                letters="KNEIMBECCPDMLFHGHGPLGN" + "ABCDEFGH"[crawl_number] + "J",
                stamp=1732434543210 + crawl_number * 1000 + index,
            )
            html = html.replace(f'href="{target}"', f'href="{target}{decoration}"')
        portal.server.routes[path] = replace(page, body=html.encode(portal.theme.charset))


def _without_session(path: str) -> str:
    return path.split(";", 1)[0].split("?", 1)[0]


def test_session_ids_never_make_an_article_twice(tmp_path: Path) -> None:
    """Three crawls of a portal whose links carry a new session id each time: one record per article."""
    portal = build_portal("modern", count=20, seed=5)
    base_routes = dict(portal.server.routes)
    portal.server.fallback = lambda path: base_routes.get(_without_session(path))
    db = tmp_path / "archive.db"
    try:
        counts = []
        for crawl_number in range(3):
            portal.server.routes = dict(base_routes)
            decorate_with_sessions(portal, crawl_number)
            crawl(portal.base_url, db, *REVISIT_ALL)
            counts.append(query(db, "SELECT COUNT(*) FROM articles")[0][0])
    finally:
        portal.close()
    urls = [url for (url,) in query(db, "SELECT url FROM articles")]
    assert len(portal.articles) - 2 <= counts[0] <= len(portal.articles) and counts == [counts[0]] * 3, counts
    assert not [u for u in urls if "sid" in u.lower() or "jsessionid" in u.lower() or "_=" in u], urls
    assert query(db, "SELECT MAX(version) FROM articles a JOIN versions v ON v.article_id = a.id")[0][0] == 1
