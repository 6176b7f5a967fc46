"""Which copy in a cluster of near-duplicates is the original, and why (pure: no database).

The rules, first that decides wins:

1. **Named source.** The copies say "Reprinted from X" and X is an organization whose site
   we archive: the member on that site is the original.
2. **Not marked reprinted.** Members that do not say they are reprinted beat those that do;
   among several, the earliest ``published_at``, then the earliest ``first_seen``.
3. **Every member is marked reprinted** (from an organization we do not archive): the
   original is not in the archive, so there is none; copies are compared with the
   earliest member (the *reference*) instead.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from archiver.normalize import CJK_CHAR

_KEY_NOISE = re.compile(r"[\W_]+", re.UNICODE)
_ARTICLE = re.compile(r"^the\s+", re.IGNORECASE)
_CJK = CJK_CHAR
_TITLE_PARTS = re.compile(r"\s*(?:[-_|–—·:：]{1,2}|»)\s*")
# The shortest name found inside a longer one: Chinese names are short (新华网), a Latin
# fragment of five letters would match too much.
_MIN_CONTAINED_CJK = 3
_MIN_CONTAINED_LATIN = 8


@dataclass(frozen=True)
class Member:
    article_id: int
    url: str
    site: str
    reprinted: bool
    source: str | None
    published_at: str | None
    first_seen: str


@dataclass(frozen=True)
class Attribution:
    original: int | None
    reference: int  # what each copy is diffed against: the original, or the earliest member
    reason: str
    member_reasons: dict[int, str]


def organization_key(name: str | None) -> str:
    """``The All-China Federation of Trade Unions`` and ``all-china federation of trade unions`` match."""
    text = unicodedata.normalize("NFKC", name or "").strip()
    return _KEY_NOISE.sub("", _ARTICLE.sub("", text)).casefold()


def names_match(source_key: str, site_name: str) -> bool:
    """A source names a site when it equals the site's name or a part of its title ("新华网_首页"),
    or one contains the other (titles carry words like "官方网站" or "Official Website")."""
    if not source_key:
        return False
    parts = {organization_key(part) for part in (site_name, *_TITLE_PARTS.split(site_name))} - {""}
    if source_key in parts:
        return True
    site_key = organization_key(site_name)
    shorter, longer = sorted((source_key, site_key), key=len)
    least = _MIN_CONTAINED_CJK if _CJK.search(shorter) else _MIN_CONTAINED_LATIN
    return bool(shorter) and len(shorter) >= least and shorter in longer


def sites_named(source: str | None, site_names: Mapping[str, Iterable[str]]) -> list[str]:
    key = organization_key(source)
    return sorted(site for site, names in site_names.items() if any(names_match(key, n) for n in names))


def _chronological(member: Member) -> tuple[str, str, int]:
    # ISO 8601 strings sort in time order; an unknown date sorts last.
    return (member.published_at or "9999", member.first_seen, member.article_id)


def attribute(members: list[Member], site_names: Mapping[str, Iterable[str]]) -> Attribution:
    """Choose the original of a cluster and say, for every member, why it has its role."""
    if not members:
        raise ValueError("a cluster has at least one member")
    by_date = sorted(members, key=_chronological)
    named = {m.source: sites_named(m.source, site_names) for m in members if m.reprinted and m.source}
    for source, sites in sorted(named.items(), key=lambda pair: pair[0] or ""):
        on_site = [m for m in by_date if m.site in sites]
        if on_site:
            chosen = min(on_site, key=lambda m: (m.reprinted, _chronological(m)))
            reason = (
                f"named source: copies say they are reprinted from {source!r}, whose site {chosen.site} is archived"
            )
            return _explained(members, chosen.article_id, chosen.article_id, reason)
    unmarked = [m for m in by_date if not m.reprinted]
    if unmarked:
        chosen = unmarked[0]
        reason = "not marked reprinted"
        if len(unmarked) > 1:
            reason += f"; earliest published of {len(unmarked)} unmarked copies"
            if chosen.published_at == unmarked[1].published_at:
                reason += " (same date: first seen first)"
        return _explained(members, chosen.article_id, chosen.article_id, reason)
    sources = sorted({m.source for m in members if m.source})
    origin = f" from {', '.join(repr(s) for s in sources)}" if sources else ""
    reason = (
        f"every copy is marked reprinted{origin} and no archived site is that source: "
        "the original is not in the archive"
    )
    return _explained(members, None, by_date[0].article_id, reason)


def _explained(members: list[Member], original: int | None, reference: int, reason: str) -> Attribution:
    reasons = {}
    ref = next(m for m in members if m.article_id == reference)
    for member in members:
        if member.article_id == original:
            reasons[member.article_id] = reason
        elif member.article_id == reference:
            reasons[member.article_id] = "reference: the earliest copy (no original archived)"
        elif member.reprinted:
            reasons[member.article_id] = f"marked reprinted{f' from {member.source!r}' if member.source else ''}"
        elif (member.published_at or "9999") > (ref.published_at or "9999"):
            reasons[member.article_id] = f"published after the {'original' if original else 'reference'}"
        else:
            reasons[member.article_id] = f"same text as the {'original' if original else 'reference'}"
    return Attribution(original, reference, reason, reasons)
