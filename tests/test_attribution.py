"""Which member of a cluster is the original, and why (pure rules, no archive)."""

from __future__ import annotations

from archiver.republished.attribution import Member, attribute, names_match, organization_key, sites_named

SITES = {
    "acftu.example": ["All-China Federation of Trade Unions", "中华全国总工会 - 首页"],
    "km.example": ["昆明市保安协会"],
}


def member(
    article_id: int,
    site: str = "km.example",
    reprinted: bool = False,
    source: str | None = None,
    published: str | None = "2024-11-01T09:00:00+08:00",
    first_seen: str = "2026-01-01T00:00:00+00:00",
) -> Member:
    return Member(article_id, f"http://{site}/{article_id}", site, reprinted, source, published, first_seen)


def test_organization_names_fold_case_articles_and_punctuation() -> None:
    assert organization_key("The All-China Federation of Trade Unions") == "allchinafederationoftradeunions"
    assert organization_key("ALL-CHINA  federation of trade unions.") == "allchinafederationoftradeunions"
    assert organization_key("中华全国总工会") == "中华全国总工会"
    assert organization_key(None) == ""


def test_names_match_titles_and_parts_but_not_fragments() -> None:
    key = organization_key
    assert names_match(key("中华全国总工会"), "中华全国总工会 - 首页")
    assert names_match(key("新华网"), "新华网_让新闻离你更近")
    assert names_match(key("All-China Federation of Trade Unions"), "Home | All-China Federation of Trade Unions")
    assert not names_match(key("网"), "新华网")
    assert not names_match(key("China"), "All-China Federation of Trade Unions")
    assert not names_match("", "anything")
    assert sites_named("the all-china federation of trade unions", SITES) == ["acftu.example"]
    assert sites_named("人民网", SITES) == []


def test_named_source_beats_an_earlier_unmarked_copy() -> None:
    members = [
        member(1, published="2024-10-01T00:00:00+08:00"),  # unmarked, earlier: a plagiarist
        member(2, site="acftu.example", published="2024-10-05T00:00:00+08:00"),
        member(3, reprinted=True, source="All-China Federation of Trade Unions"),
    ]
    result = attribute(members, SITES)
    assert result.original == result.reference == 2
    assert result.reason.startswith("named source") and "acftu.example" in result.reason
    assert result.member_reasons[3] == "marked reprinted from 'All-China Federation of Trade Unions'"
    assert result.member_reasons[1] == "same text as the original"


def test_unmarked_beats_marked_then_earliest_published_then_first_seen() -> None:
    marked_early = member(1, reprinted=True, source="新华网", published="2024-01-01T00:00:00+08:00")
    late = member(2, published="2024-11-02T00:00:00+08:00")
    early = member(3, published="2024-11-01T00:00:00+08:00")
    result = attribute([marked_early, late, early], SITES)
    assert result.original == 3
    assert result.reason == "not marked reprinted; earliest published of 2 unmarked copies"
    assert result.member_reasons[2] == "published after the original"
    tie = [member(4, first_seen="2026-02-01T00:00:00+00:00"), member(5, first_seen="2026-01-01T00:00:00+00:00")]
    assert attribute(tie, SITES).original == 5
    assert "same date: first seen first" in attribute(tie, SITES).reason
    undated = [member(6, published=None), member(7, published="2024-12-01T00:00:00+08:00")]
    assert attribute(undated, SITES).original == 7


def test_every_member_marked_reprinted_means_no_archived_original() -> None:
    members = [
        member(1, reprinted=True, source="人民网", published="2024-11-02T00:00:00+08:00"),
        member(2, reprinted=True, source="人民网", published="2024-11-01T00:00:00+08:00"),
    ]
    result = attribute(members, SITES)
    assert result.original is None and result.reference == 2
    assert "'人民网'" in result.reason and "not in the archive" in result.reason
    assert result.member_reasons[2].startswith("reference")
