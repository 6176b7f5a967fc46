"""The real-sites benchmark's scorer: path matching, tokens, F1 and the per-site counts (bench/realsites_scoring.py)."""

from __future__ import annotations

import pytest

from bench.extraction_scoring import token_f1, tokens  # the one tokenizer both benchmarks score bodies with
from bench.realsites_scoring import (
    day_of,
    expected_exit,
    path_key,
    same_names,
    same_text,
    score,
    shown_title,
    verdicts,
)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("http://127.0.0.1:8000/2020/01/02/slug/", "/2020/01/02/slug/"),
        ("/2020/01/02/slug/index.html", "/2020/01/02/slug"),
        ("http://h/a/b.html", "/a/b"),
        ("http://h/2018/10/24/Pwn-10%E6%9C%8824-%E4%BA%8C/", "/2018/10/24/Pwn-10月24-二/"),
        ("http://h/x/?utm=1#top", "/x"),
        ("http://h//x//y/", "/x/y/"),
        ("http://h/", "/index.html"),
    ],
)
def test_paths_github_pages_serves_as_one_file_share_a_key(a: str, b: str) -> None:
    assert path_key(a) == path_key(b)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("/Pwn-Hitcon/", "/Pwn-hitcon/"),  # GitHub Pages is case-sensitive
        ("/posts/a/", "/posts/a/b/"),
        ("/page/2/", "/page/3/"),
    ],
)
def test_different_files_keep_different_keys(a: str, b: str) -> None:
    assert path_key(a) != path_key(b)


def test_tokens_are_words_for_latin_and_characters_for_cjk() -> None:
    assert tokens("Hello, World 2020!") == ["hello", "world", "2020"]
    assert tokens("主进程（Main Process）在") == ["主", "进", "程", "main", "process", "在"]
    assert tokens("Ｆｕｌｌ－ｗｉｄｔｈ") == ["full", "width"]  # NFKC folds full-width Latin


def test_token_f1() -> None:
    assert token_f1("a b c d", "a b c d") == 1.0
    assert token_f1("", "") == 1.0
    assert token_f1("x y", "a b") == 0.0
    # precision 2/4, recall 2/2: F1 = 2 * 0.5 * 1 / 1.5
    assert token_f1("a b c d", "a b") == pytest.approx(2 / 3)
    assert token_f1("中文正文", "中文正文多") == pytest.approx(2 * 1 * 0.8 / 1.8)


def test_text_and_day_normalisation() -> None:
    assert same_text("  A   title\n", "A title")
    assert not same_text("A title", "A Title")
    assert same_text(None, "")
    # invisible characters the truth's data keeps are not what a reader sees (cms-jspn's "鉴定\u200b审查")
    assert same_text("鉴定\u200b审查", "鉴定审查")
    assert same_text("Helikopter\u00adlandeplatz", "Helikopterlandeplatz")
    assert not same_text("鉴定\u200b审查", "鉴定 审查")
    assert day_of("2022-01-30T20:19:33+08:00") == "2022-01-30"
    assert day_of("2022-01-30") == "2022-01-30"
    assert day_of(None) is None and day_of("Jan 30, 2022") is None


def test_authors_are_one_list_however_it_is_written() -> None:
    assert same_names("Sara Bowman, Mallory Kidwell, Erin Braswell", "Sara Bowman, Mallory Kidwell, and Erin Braswell")
    assert same_names("张三, 李四", "张三、李四")
    # Spanish and Portuguese join the last two names with "y", "e" (quarto-oles' title block)
    assert same_names("Ana Pérez, Luis Soto", "Ana Pérez y Luis Soto")
    assert same_names("Ana Pérez, Luis Soto", "Ana Pérez e Luis Soto")
    assert not same_names("Mallory Kidwell, Sara Bowman", "Sara Bowman and Mallory Kidwell")  # the order counts
    assert not same_names("Sara Bowman", "Sara Bowman, Mallory Kidwell")
    assert same_names(None, "")


def test_a_front_matter_title_is_compared_as_the_page_shows_it() -> None:
    want = "Printing <em>Rise of the Keyraken</em> with PrinterStudio/MPC"
    assert shown_title(want) == "Printing Rise of the Keyraken with PrinterStudio/MPC"
    assert shown_title("a <b> tag: x<y") == "a  tag: x<y"  # only inline markup goes, text stays
    assert (
        score(
            [record("/k/", "Printing Rise of the Keyraken", "2021-04-29", "x")],
            [{"path": "/k/", "title": "Printing <em>Rise of the Keyraken</em>", "date": "2021-04-29", "body": "x"}],
            [],
        ).title_exact
        == 1
    )


POSTS = [
    {"path": "/2020/01/02/one/", "title": "One", "date": "2020-01-02", "author": "Ann", "body": "alpha beta gamma"},
    {"path": "/2020/01/03/two/", "title": "Two", "date": "2020-01-03", "body": "delta epsilon"},
    {"path": "/three.html", "title": "Three", "date": "2020-01-04", "author": "Bo", "body": "zeta"},
]


def record(url: str, title: str, published_at: str | None, body: str, author: str | None = None) -> dict:
    return {"url": url, "title": title, "published_at": published_at, "author": author, "body": body}


def test_score_counts_coverage_non_articles_duplicates_and_fields() -> None:
    records = [
        record("http://127.0.0.1:1/2020/01/02/one/", "One", "2020-01-02T10:00:00+08:00", "alpha beta gamma", "Ann"),
        record("http://127.0.0.1:1/2020/01/02/one/index.html", "One", "2020-01-02", "alpha beta gamma"),  # duplicate
        record("http://127.0.0.1:1/2020/01/03/two/", "Two ", "2020-01-04", "delta"),  # wrong date, half the body
        record("http://127.0.0.1:1/about/", "About", None, "about us"),  # not a post
        record("http://127.0.0.1:1/page/2/", "Page 2", None, "list"),  # not a post
    ]
    result = score(records, POSTS)
    assert (result.truth_posts, result.archived_posts, result.non_articles, result.duplicate_records) == (3, 2, 2, 1)
    assert result.records == 5
    assert result.missed == ["/three"]
    assert result.non_article_urls == ["http://127.0.0.1:1/about/", "http://127.0.0.1:1/page/2/"]
    assert (result.title_exact, result.date_exact) == (2, 1)
    assert (result.author_shown, result.author_exact) == (1, 1)  # "Three" shows one but was not archived
    assert result.body_f1_mean == pytest.approx((1.0 + 2 / 3) / 2)
    rates = result.rates
    assert rates["coverage"] == pytest.approx(2 / 3) and rates["date"] == 0.5
    assert result.wrong["date"] == [{"path": "/2020/01/03/two", "got": "2020-01-04", "want": "2020-01-03"}]
    met = verdicts(result, exit_code=0)
    assert met == {
        "coverage": False,
        "title": True,
        "date": False,
        "author": True,
        "body_f1": False,
        "non_articles": False,
        "exit_code": True,
    }


def test_ignored_paths_are_neither_posts_nor_non_articles() -> None:
    records = [
        record("http://h/2020/01/02/one/", "One", "2020-01-02", "alpha beta gamma", "Ann"),
        record("http://h/guides/how-to/", "How to", None, "steps"),
        record("http://h/about/", "About", None, "us"),
    ]
    result = score(records, POSTS, ignored=["/guides/how-to/"])
    assert (result.archived_posts, result.non_articles, result.ignored_records, result.records) == (1, 1, 1, 3)
    assert result.non_article_urls == ["http://h/about/"]


def test_nothing_archived_has_no_rates_to_judge_but_misses_coverage() -> None:
    result = score([], POSTS)
    assert result.rates["coverage"] == 0.0 and result.rates["title"] is None
    met = verdicts(result, exit_code=1)
    assert met["coverage"] is False and met["title"] is None and met["exit_code"] is False
    assert met["non_articles"] is True


def test_a_partial_copy_calls_for_the_completeness_warning_not_exit_0() -> None:
    result = score([record("http://h/2020/01/02/one/", "One", "2020-01-02", "alpha beta gamma", "Ann")], POSTS)
    assert expected_exit("cms-hncic") == 5 and expected_exit("hugo-0x0cqq") == 0
    assert verdicts(result, exit_code=5, expected=expected_exit("cms-hncic"))["exit_code"] is True
    # exit 0 on a copy whose pagers name pages it lacks is the silence the issue forbids
    assert verdicts(result, exit_code=0, expected=expected_exit("cms-hncic"))["exit_code"] is False
    assert verdicts(result, exit_code=5)["exit_code"] is False
