"""A line of program text is no label line: a post teaching YAML shows ``time: 10:30:00`` in a code block,
which read as the page's bare "time:" label dated the post on the day of the crawl (mkdocs-netdevops, one
post, depending on whether the crawl read the listing dating it first). A page written for this test."""

from __future__ import annotations

from datetime import UTC, datetime

from archiver.extract.article import extract_article

URL = "http://docs.test/blog/what-is-yaml/"
CAPTURED = datetime(2026, 12, 2, 12, 0, tzinfo=UTC)


def yaml_post() -> str:
    code = (
        '<div class="highlight"><pre><span></span><code>'
        '<span id="l1"><span class="nt">event</span><span class="p">:</span> <span>backup</span>\n</span>'
        '<span id="l2"><span class="nt">time</span><span class="p">:</span> <span>10:30:00</span>\n</span>'
        '<span id="l3"><span class="nt">author</span><span class="p">:</span> <span>ops-bot</span>\n</span>'
        "</code></pre></div>"
    )
    prose = "<p>" + "YAML is how most network automation tools describe the state they want. " * 5 + "</p>"
    return (
        "<html><head><title>What is YAML - Docs</title></head><body><main><article>"
        f"<h1>What is YAML</h1>{prose}<p>A scheduled job, described in YAML:</p>{code}{prose}"
        "</article></main></body></html>"
    )


def test_a_label_in_a_code_block_dates_nothing() -> None:
    """Without the fix: ``label:time/dateparser``, the crawl's day at 10:30."""
    record = extract_article(yaml_post(), URL, captured_at=CAPTURED)
    assert not str(record["rules"].get("published_at", "")).startswith("label:"), record["rules"]
    assert not (record["published_at"] or "").startswith("2026-12"), record["published_at"]


def test_the_listing_date_still_dates_it() -> None:
    record = extract_article(yaml_post(), URL, captured_at=CAPTURED, listing_date="December 20, 2024")
    assert (record["published_at"] or "").startswith("2024-12-20"), record["rules"]["published_at"]


def test_a_taxonomy_line_in_a_code_block_ends_no_text() -> None:
    """hexo-0kelvins: a post on configuring a theme shows its menu as YAML, ``tags: /tags/ || tags``, then goes
    on. Read as the page's "Tags:" label, the line left the body; read as no label, it ended the text as a
    taxonomy line does. It is a line of the text, and the text goes on after it."""
    code = (
        "<figure class='highlight yaml'><table><tr><td class='code'><pre>"
        "<span class='line'><span class='attr'>menu:</span></span><br>"
        "<span class='line'><span class='attr'>home:</span> <span>/ || home</span></span><br>"
        "<span class='line'><span class='attr'>tags:</span> <span>/tags/ || tags</span></span><br>"
        "<span class='line'><span class='attr'>archives:</span> <span>/archives/ || archive</span></span><br>"
        "</pre></td></tr></table></figure>"
    )
    html = (
        "<html><head><title>Theme menus - Notes</title></head><body><main><article><h1>Theme menus</h1>"
        f"<p>{'Edit the theme configuration and add the pages to its menu, as shown below. ' * 4}</p>{code}"
        "<p>If the menu shows nothing, clear the browser cache and build the site again.</p>"
        "</article></main></body></html>"
    )
    body = extract_article(html, URL, captured_at=CAPTURED)["body"]
    assert "tags: /tags/ || tags" in body
    assert body.rstrip().endswith("build the site again.")
