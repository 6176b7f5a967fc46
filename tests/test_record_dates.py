"""The date a listing's record shows (archiver.discovery.page.shown_date, LinkGroup.dated)."""

from __future__ import annotations

from archiver.discovery.page import analyze_page
from archiver.extract.html import parse_html

HOST = "https://club.test"


def _members(homepage: str) -> str:
    rows = "".join(
        f'<tr><td class="name"><a href="/user/{n}/">member{n}</a></td><td class="city">Town {n}</td>'
        f'<td class="web"><a href="{homepage.format(n=n)}">{homepage.format(n=n)}</a></td></tr>'
        for n in range(1, 9)
    )
    return f"<html><head><title>Members</title></head><body><h1>Members</h1><table>{rows}</table></body></html>"


def _groups(html: str) -> dict[str, int]:
    root, _ = parse_html(html)
    analysis = analyze_page(root, HOST + "/community/", frozenset({"club.test"}), html)
    return {url: group.dated for group in analysis.groups for url in group.urls}


def test_a_web_address_written_in_a_record_shows_no_date() -> None:
    """A member list prints each member's homepage as its address; one blog's address names a day
    (/2011/08/12/). That day is a page's elsewhere, not one the record shows: read as the record's date, the
    member's profile was "dated by a listing" and archived as a post."""
    groups = _groups(_members("http://blog{n}.example/2011/08/12/tax-form-{n}/"))
    assert groups[HOST + "/user/1/"] == 0


def test_a_date_printed_beside_the_address_is_still_shown() -> None:
    html = _members("http://blog{n}.example/").replace('<td class="city">', '<td class="city">2011-08-12 ')
    assert _groups(html)[HOST + "/user/1/"] == 8
