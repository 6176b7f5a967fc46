"""Issue 17 for researchers, in process on a real archive file: search, output formats, sites, naming, diff, extract."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result

from archiver.cli import cli
from archiver.items import ArticleItem, GoneItem, PageCapture
from archiver.store import Archive

EN, ZH = "en.p.test", "www.p.test"
UNION_URL = f"http://{EN}/news/101.html"
TRAINING_URL = f"http://{ZH}/news/202.html"
GONE_URL = f"http://{ZH}/news/203.html"
FILLERS = 25


def _item(url: str, at: str, **record: Any) -> ArticleItem:
    capture = PageCapture(
        url=url, final_url=url, status=200, headers={}, body=b"<p>x</p>" + url.encode(), fetched_at=at
    )
    site = url.split("/")[2]
    return ArticleItem(capture=capture, record={"url": url, "site": site, "keywords": [], **record})


def build_archive(path: Path) -> None:
    archive = Archive(path)
    first = archive.start_run("t", "generic", {})
    at = "2026-11-01T00:00:00+00:00"
    items = [
        _item(
            UNION_URL,
            at,
            article_id="101",
            title="Trade union meeting",
            body="The trade union of the guards met.\n\nMembers of unions across the city joined.",
            source="Xinhua News Agency",
            source_raw="Source: Xinhua News Agency",
            author="Wang Fang",
            published_at="2024-11-01T09:00:00+08:00",
            keywords=["union", "guards"],
            language="en",
        ),
        _item(
            TRAINING_URL,
            at,
            article_id="202",
            title="昆明市保安协会召开培训会议",
            body="开头一段。\n\n保安培训工作顺利召开，二百余人参加。\n\n确保安全。",
            source="新华社",
            source_raw="来源：新华社",
            published_at="2024-11-02T09:00:00+08:00",
            language="zh",
            reprinted=True,
        ),
        _item(
            GONE_URL,
            at,
            article_id="203",
            title="工作会议",
            body="关于安保工作的通知",
            source="云南日报",
            published_at="2024-11-03T09:00:00+08:00",
            language="zh",
        ),
    ]
    items += [
        _item(
            f"http://{EN}/news/{300 + n}.html",
            at,
            article_id=str(300 + n),
            title=f"Patrol report {n}",
            body=f"Security patrols in district {n} went well.",
            published_at="2024-10-01T09:00:00+08:00",
            language="en",
        )
        for n in range(FILLERS)
    ]
    archive.write_batch(items, first)
    archive.finish_run(first, "finished", {})
    second = archive.start_run("t", "generic", {})
    later = "2026-11-02T00:00:00+00:00"
    edited = _item(
        TRAINING_URL,
        later,
        article_id="202",
        title="昆明市保安协会召开培训会议",
        body="开头一段。\n\n保安培训工作圆满召开，二百余人参加。\n\n确保安全。",
        source="新华社",
        source_raw="来源：新华社",
        published_at="2024-11-02T09:00:00+08:00",
        language="zh",
        reprinted=True,
    )
    archive.write_batch([edited, GoneItem(url=GONE_URL, fetched_at=later, reason="HTTP 404", status=404)], second)
    archive.finish_run(second, "finished", {})
    archive.close()


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> str:
    path = tmp_path_factory.mktemp("research-cli") / "archive.db"
    build_archive(path)
    return str(path)


def run(*args: str, stdin: str | bytes | None = None) -> Result:
    return CliRunner().invoke(cli, list(args), input=stdin, prog_name="archiver")


def search(db: str, query: str, *extra: str) -> dict[str, Any]:
    result = run("search", query, "--db", db, "--format", "json", *extra)
    assert result.exit_code == 0, result.output + result.stderr
    return json.loads(result.stdout)


def urls(found: dict[str, Any]) -> set[str]:
    return {hit["url"] for hit in found["results"]}


# --- search ---------------------------------------------------------------------------------


def test_unions_finds_union(db: str) -> None:
    assert urls(search(db, "unions")) == {UNION_URL}
    assert urls(search(db, "union")) == {UNION_URL}


def test_a_single_chinese_character_finds_articles(db: str) -> None:
    assert urls(search(db, "保")) == {TRAINING_URL, GONE_URL}  # 保安…, and 安保 where 保 ends nothing
    assert urls(search(db, "议")) == {TRAINING_URL, GONE_URL}  # only ever a title's last character


def test_source_and_author_filters(db: str) -> None:
    assert urls(search(db, "source:新华社")) == {TRAINING_URL}
    assert urls(search(db, "source:xinhua")) == {UNION_URL}
    assert urls(search(db, "author:wang")) == {UNION_URL}
    assert urls(search(db, "title:会议 source:云南日报")) == {GONE_URL}


def test_count_is_the_total_not_the_page(db: str) -> None:
    found = search(db, "security", "--limit", "5")
    assert found["count"] == FILLERS and found["returned"] == 5 and len(found["results"]) == 5
    assert search(db, "security", "--limit", "5", "--site", ZH)["count"] == 0
    text = run("search", "security", "--db", db, "--limit", "5").stdout
    assert text.startswith(f"5 best of {FILLERS} matches")


def test_a_phrase_is_highlighted_whole_and_stems_match(db: str) -> None:
    hit = search(db, '"trade unions"')["results"][0]
    assert "[trade union]" in hit["snippet"]
    assert "[unions]" in search(db, "union")["results"][0]["snippet"]


def test_removed_articles_are_marked(db: str) -> None:
    hit = search(db, "安保")["results"][0]
    assert hit["url"] == GONE_URL and hit["status"] == "gone" and hit["gone_at"].startswith("2026-11-02")
    assert "REMOVED from the site 2026-11-02" in run("search", "安保", "--db", db).stdout
    assert urls(search(db, "保", "--status", "live")) == {TRAINING_URL}


def test_a_site_that_is_not_there_is_named_with_those_that_are(db: str) -> None:
    result = run("search", "union", "--db", db, "--site", "en.kmabxh.com")
    assert result.exit_code == 0 and "No article matches" in result.stdout
    assert f"no site 'en.kmabxh.com'; it holds: {EN}, {ZH}" in result.stderr
    exported = run("export", "--db", db, "--site", "en.kmabxh.com")
    assert exported.exit_code == 0 and exported.stdout == "" and f"it holds: {EN}, {ZH}" in exported.stderr
    found_nothing_on_a_real_site = run("search", "nosuchword", "--db", db, "--site", EN)
    assert found_nothing_on_a_real_site.stderr == ""


# --- output formats --------------------------------------------------------------------------

LISTINGS = [
    ("search", "union"),
    ("runs",),
    ("sites",),
    ("republished",),
    ("reprints",),
    ("history", TRAINING_URL),
]


@pytest.mark.parametrize("command", LISTINGS, ids=lambda c: c[0])
@pytest.mark.parametrize("output_format", ["csv", "tsv", "table", "json", "jsonl", "text"])
def test_every_listing_command_speaks_every_format(db: str, command: tuple[str, ...], output_format: str) -> None:
    result = run(*command, "--db", db, "--format", output_format)
    assert result.exit_code == 0, result.output + result.stderr
    out = result.stdout.lstrip("\ufeff")
    if output_format == "csv":
        rows = list(csv.reader(io.StringIO(out)))
        assert rows and len({len(row) for row in rows}) == 1
    elif output_format == "tsv":
        assert len({len(line.split("\t")) for line in out.splitlines()}) == 1
    elif output_format == "jsonl":
        assert all(isinstance(json.loads(line), dict) for line in out.splitlines())
    elif output_format == "json":
        json.loads(out)
    elif output_format == "table":
        assert set(out.splitlines()[1]) <= {"-", " "}


def test_row_formats_hold_the_same_rows(db: str) -> None:
    lines = run("history", TRAINING_URL, "--db", db, "--format", "jsonl").stdout.splitlines()
    csv_text = run("history", TRAINING_URL, "--db", db, "--format", "csv", "--no-bom").stdout
    table = list(csv.DictReader(io.StringIO(csv_text)))
    assert [json.loads(line)["version"] for line in lines] == [1, 2]
    assert [row["version"] for row in table] == ["1", "2"] and table[1]["change_kind"] == "edit"
    runs = [line.split("\t") for line in run("runs", "--db", db, "--format", "tsv").stdout.splitlines()]
    assert [row[0] for row in runs] == ["id", "2", "1"]
    bodies = run("search", "保安", "--db", db, "--format", "tsv").stdout.splitlines()
    assert len(bodies) == 2  # the header and one article, whose multi-line snippet stays on its line
    assert bodies[1].split("\t")[3] == "昆明市保安协会召开培训会议"


def test_dash_is_standard_output_and_a_file_is_a_file(db: str, tmp_path: Path) -> None:
    assert json.loads(run("search", "union", "--db", db, "--format", "json", "-o", "-").stdout)["count"] == 1
    assert not Path("-").exists()
    target = tmp_path / "hits.jsonl"
    assert run("search", "union", "--db", db, "--format", "jsonl", "-o", str(target)).stdout == ""
    assert json.loads(target.read_text(encoding="utf-8"))["url"] == UNION_URL
    exported = run("export", "--db", db, "--format", "jsonl", "-o", "-")
    assert exported.exit_code == 0 and len(exported.stdout.splitlines()) == 3 + FILLERS
    assert "standard output" in exported.stderr
    diff = run("diff", TRAINING_URL, "--db", db, "-o", "-")
    assert "[-顺利-]{+圆满+}" in diff.stdout
    report = run("report", "--db", db, "--format", "md", "-o", "-")
    assert report.exit_code == 0 and report.stdout and not Path("-").exists() and "Wrote" not in report.stderr


def test_binary_exports_go_to_standard_output_with_dash(db: str) -> None:
    result = CliRunner().invoke(cli, ["export", "--db", db, "--format", "parquet", "-o", "-"], prog_name="archiver")
    assert result.exit_code == 0, result.stderr
    assert result.stdout_bytes.startswith(b"PAR1") and result.stdout_bytes.endswith(b"PAR1")


def test_csv_has_a_bom_when_mostly_chinese_or_when_asked(db: str) -> None:
    assert run("search", "保安", "--db", db, "--format", "csv").stdout.startswith("\ufeff")
    assert not run("search", "union", "--db", db, "--format", "csv").stdout.startswith("\ufeff")
    assert run("search", "union", "--db", db, "--format", "csv", "--bom").stdout.startswith("\ufeff")
    assert not run("search", "保安", "--db", db, "--format", "csv", "--no-bom").stdout.startswith("\ufeff")
    assert not run("search", "保安", "--db", db, "--format", "tsv").stdout.startswith("\ufeff")
    chinese = run("export", "--db", db, "--format", "csv", "--site", ZH)
    assert chinese.stdout.startswith("\ufeffurl,site,")
    assert not run("export", "--db", db, "--format", "csv").stdout.startswith("\ufeff")  # mostly English


def test_csv_cells_that_would_be_formulas_are_inert(tmp_path: Path) -> None:
    path = tmp_path / "f.db"
    archive = Archive(path)
    run_id = archive.start_run("t", "generic", {})
    archive.write_batch([_item("http://h.test/1.html", "2026-11-01T00:00:00+00:00", title="=HYPERLINK(1)")], run_id)
    archive.close()
    out = run("search", "hyperlink", "--db", str(path), "--format", "csv").stdout
    assert "'=HYPERLINK(1)" in out


# --- sites, naming ---------------------------------------------------------------------------


def test_sites_lists_what_the_archive_holds(db: str) -> None:
    sites = json.loads(run("sites", "--db", db, "--format", "json").stdout)
    assert [(s["site"], s["articles"], s["live"], s["gone"]) for s in sites] == [
        (EN, 1 + FILLERS, 1 + FILLERS, 0),
        (ZH, 2, 1, 1),
    ]
    assert sites[1]["versions"] == 3 and (sites[1]["first_run"], sites[1]["last_run"]) == (1, 2)
    assert EN in run("sites", "--db", db).stdout


def test_article_id_is_the_portals_id_and_record_id_the_archives(db: str) -> None:
    shown = json.loads(run("show", TRAINING_URL, "--db", db, "--format", "json").stdout)
    assert shown["article_id"] == "202" and isinstance(shown["record_id"], int)
    history = json.loads(run("history", TRAINING_URL, "--db", db, "--format", "json").stdout)
    assert {v["article_id"] for v in history["versions"]} == {"202"}
    assert history["article"]["article_id"] == "202" and history["article"]["record_id"] == shown["record_id"]
    assert search(db, "source:新华社")["results"][0]["article_id"] == "202"


def test_the_views_article_id_is_what_export_writes(db: str) -> None:
    """Schema 8: SQL on the views and ``archiver export`` agree on ``article_id`` for every URL."""
    exported = run("export", "--db", db, "--format", "jsonl", "-o", "-")
    assert exported.exit_code == 0, exported.output + exported.stderr
    written = {record["url"]: record["article_id"] for record in map(json.loads, exported.stdout.splitlines())}
    archive = Archive(Path(db), read_only=True)
    try:
        latest = archive.db.execute(
            "SELECT l.url, l.article_id, l.site_article_id, l.record_id = a.id "
            "FROM latest_articles l JOIN articles a ON a.url = l.url"
        ).fetchall()
        history = archive.db.execute(
            "SELECT h.url, h.article_id, h.record_id = l.record_id FROM article_history h "
            "JOIN latest_articles l ON l.record_id = h.record_id"
        ).fetchall()
    finally:
        archive.close()
    assert written[TRAINING_URL] == "202" and len(written) == 3 + FILLERS
    assert {url: article_id for url, article_id, _, _ in latest} == written
    assert all(site_id == article_id and same_key for _, article_id, site_id, same_key in latest)
    assert {(url, article_id) for url, article_id, _ in history} == set(written.items())
    assert all(same_key for _, _, same_key in history)


def test_republished_and_reprints_name_ids_as_the_api_does(tmp_path: Path) -> None:
    """Cluster members and reprints, read from the views, carry ``article_id`` and ``record_id`` as the API does."""
    path = tmp_path / "copies.db"
    archive = Archive(path)
    run_id = archive.start_run("t", "generic", {})
    body = "\n\n".join(
        f"The guards of district {n} trained for the winter patrols and the fire drills." for n in range(12)
    )
    items = [
        _item(
            f"http://{EN}/news/{n}.html",
            "2026-11-01T00:00:00+00:00",
            article_id=f"90{n}",
            title=f"Copy {n}",
            body=body,
            source="Xinhua News Agency",
            source_raw="Reprinted from Xinhua News Agency",
            reprinted=n > 0,
        )
        for n in range(2)
    ]
    archive.write_batch(items, run_id)
    archive.update_clusters(run_id, archive.duplicate_threshold())
    archive.close()
    clusters = json.loads(run("republished", "--db", str(path), "--format", "json").stdout)
    members = clusters[0]["copies"]
    assert {m["article_id"] for m in members} == {"900", "901"}
    assert all(isinstance(m["record_id"], int) for m in members)
    reprinted = json.loads(
        run("reprints", "--db", str(path), "--source", "Xinhua News Agency", "--format", "json").stdout
    )
    assert [r["article_id"] for r in reprinted] == ["901"]
    assert reprinted[0]["record_id"] == next(m["record_id"] for m in members if m["article_id"] == "901")


def test_to_pandas_types_its_columns(db: str) -> None:
    pandas = pytest.importorskip("pandas")
    import archiver

    with archiver.open_archive(db) as archive:
        frame = archive.to_pandas("latest_articles").set_index("url")
        history = archive.to_pandas("article_history")
        runs = archive.to_pandas("crawl_runs")
        assert archive.history(TRAINING_URL)[0]["article_id"] == "202"
        assert archive.count("security") == FILLERS and len(archive.search("security", limit=3)) == 3
    row = frame.loc[UNION_URL]
    assert row["article_id"] == "101" and pandas.api.types.is_integer_dtype(frame["record_id"])
    assert row["site_article_id"] == "101"  # the views' compatibility column, read as it is
    for read in (frame.reset_index(), history):  # the views name the ids: nothing renamed, nothing twice
        assert read.columns.is_unique and {"record_id", "article_id"} <= set(read.columns)
    assert row["keywords"] == ["union", "guards"]
    assert not row["reprinted"] and frame.loc[TRAINING_URL, "reprinted"]
    assert pandas.api.types.is_bool_dtype(frame["reprinted"])
    assert pandas.api.types.is_datetime64_any_dtype(frame["published_at"])
    assert frame.loc[UNION_URL, "published_at"] == pandas.Timestamp("2024-11-01T01:00:00Z")
    assert pandas.api.types.is_datetime64_any_dtype(frame["gone_at"])
    assert pandas.isna(frame.loc[UNION_URL, "gone_at"])
    assert pandas.api.types.is_bool_dtype(history["is_current"])
    assert set(history["article_id"]) >= {"101", "202"}
    assert isinstance(runs["stats"][0], dict) and pandas.api.types.is_datetime64_any_dtype(runs["finished_at"])


# --- extract over many pages -----------------------------------------------------------------

PAGE = """<!doctype html><html><head><meta charset="utf-8"><title>{title}</title></head>
<body><article><h1>{title}</h1><p>来源：新华社 发布时间：2024-11-0{n} 09:00</p>
<p>{body}</p><p>{body}</p></article></body></html>"""


def write_pages(folder: Path, count: int) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    pages = []
    for n in range(count):
        page = folder / f"page{n:02d}.html"
        text = f"昆明市保安协会第{n}次培训会议在五华区召开，共有二百余名保安员参加了这次培训。"
        page.write_text(PAGE.format(title=f"保安培训会议第{n}期", n=n % 9 + 1, body=text), encoding="utf-8")
        pages.append(page)
    (folder / "notes.txt").write_text("not a page", encoding="utf-8")
    return pages


def test_extract_a_directory_to_json_lines(tmp_path: Path) -> None:
    write_pages(tmp_path / "site" / "sub", 3)
    result = run("extract", str(tmp_path / "site"))
    assert result.exit_code == 0, result.stderr
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["title"] for r in records] == ["保安培训会议第0期", "保安培训会议第1期", "保安培训会议第2期"]
    assert all(r["source"] == "新华社" for r in records)


def test_extract_a_list_with_a_missing_page_skips_it_and_says_so(tmp_path: Path) -> None:
    pages = write_pages(tmp_path, 2)
    listing = tmp_path / "list.txt"
    listing.write_text(f"# pages\n{pages[0]}\n\n{tmp_path / 'gone.html'}\n{pages[1]}\n", encoding="utf-8")
    result = run("extract", "--from", str(listing), "-o", str(tmp_path / "out.jsonl"))
    assert result.exit_code == 1
    assert "skipped" in result.stderr and "gone.html" in result.stderr and "1 of 3 pages" in result.stderr
    assert len((tmp_path / "out.jsonl").read_text(encoding="utf-8").splitlines()) == 2


def test_extract_reads_a_list_or_a_page_from_stdin(tmp_path: Path) -> None:
    pages = write_pages(tmp_path, 2)
    listed = run("extract", "--from", "-", stdin="\n".join(map(str, pages)) + "\n")
    assert listed.exit_code == 0 and len(listed.stdout.splitlines()) == 2
    one = run("extract", "-", "--format", "json", stdin=pages[0].read_bytes())
    assert one.exit_code == 0 and json.loads(one.stdout)["title"] == "保安培训会议第0期"
    both = run("extract", "-", "--from", "-", stdin="x")
    assert both.exit_code == 2 and "standard input can be read once" in both.stderr


def test_extract_shows_progress_on_long_input(tmp_path: Path) -> None:
    write_pages(tmp_path, 20)
    result = run("extract", str(tmp_path))
    assert result.exit_code == 0 and len(result.stdout.splitlines()) == 20
    assert "extracting" in result.stderr


def test_extract_one_page_keeps_its_text_and_errors(tmp_path: Path) -> None:
    page = write_pages(tmp_path, 1)[0]
    result = run("extract", str(page))
    assert result.exit_code == 0 and "title" in result.stdout and "rule" not in result.stderr
    missing = run("extract", str(tmp_path / "nope.html"))
    assert missing.exit_code == 2 and "no such file" in missing.stderr
    several = run("extract", str(page), str(page), "--url", "http://x.test/1.html")
    assert several.exit_code == 2 and "--url" in several.stderr


def test_tsv_escapes_what_would_break_a_line_and_csv_quotes_it() -> None:
    from archiver.cli.listing import write_rows

    row = {"a": "x\ty\nz\\w", "b": "=1", "c": ["新闻"], "d": True, "e": None}
    tsv, comma = io.StringIO(), io.StringIO()
    write_rows([row], list(row), "tsv", tsv)
    write_rows([row], list(row), "csv", comma, bom=False)
    assert tsv.getvalue() == 'a\tb\tc\td\te\nx\\ty\\nz\\\\w\t\'=1\t["新闻"]\ttrue\t\n'
    assert list(csv.reader(io.StringIO(comma.getvalue())))[1] == ["x\ty\nz\\w", "'=1", '["新闻"]', "true", ""]


def test_the_python_api_names_the_sites_it_holds(db: str) -> None:
    import archiver
    from archiver.api import UnknownSiteWarning

    with archiver.open_archive(db) as archive:
        assert [s["site"] for s in archive.sites()] == [EN, ZH]
        with pytest.warns(UnknownSiteWarning, match=f"has no site 'en.kmabxh.com'; it holds: {EN}, {ZH}"):
            assert archive.latest_articles(site="en.kmabxh.com") == []
        with pytest.warns(UnknownSiteWarning):
            assert archive.search("union", site="en.kmabxh.com") == []
        assert len(archive.latest_articles(site=ZH)) == 2
