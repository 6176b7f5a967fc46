"""Site profiles: what differs between portals, as data (one TOML file per site).

A profile narrows the generic heuristics for a known portal: its hosts and editions,
which URLs are articles or listings, where the nav is, and CSS selectors tried before
the label and main-content heuristics for each field. ``generic`` has none of them and
works from a home URL alone.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field, replace
from importlib import resources
from pathlib import Path
from typing import Any

from archiver.errors import ProfileError
from archiver.profiles.schema import FIELDS as PROFILE_FIELDS
from archiver.profiles.schema import check_profile
from archiver.urls import canonicalize_url, netloc_of

FIELDS = PROFILE_FIELDS


@dataclass(frozen=True)
class SiteProfile:
    name: str
    description: str = ""
    start_urls: tuple[str, ...] = ()
    hosts: frozenset[str] = frozenset()
    timezone: str = ""  # empty: from the page (its offsets, its language; archiver.extract.zones)
    languages: dict[str, str] = field(default_factory=dict)  # host -> edition language
    article_urls: tuple[re.Pattern[str], ...] = ()
    listing_urls: tuple[re.Pattern[str], ...] = ()
    ignore_urls: tuple[re.Pattern[str], ...] = ()
    nav_selectors: tuple[str, ...] = ()
    selectors: dict[str, tuple[str, ...]] = field(default_factory=dict)
    boilerplate: tuple[str, ...] = ()
    article_id: re.Pattern[str] | None = None
    source_file: str = ""
    organizations: tuple[str, ...] = ()  # who publishes the portal: reprints naming them point here
    # "learned": the site model decides, the URL patterns (when given) overrule it page by page;
    # "rules": only the URL patterns and nav selectors decide (the default when patterns are given).
    discovery: str = "learned"

    def is_article_url(self, url: str) -> bool | None:
        """True/False when the profile knows; None when the spider must decide from the page."""
        if any(p.search(url) for p in self.article_urls):
            return True
        if any(p.search(url) for p in self.listing_urls):
            return False
        return None

    def is_ignored(self, url: str) -> bool:
        return any(p.search(url) for p in self.ignore_urls)

    def for_start_url(self, url: str) -> SiteProfile:
        """This profile aimed at one home URL (the generic profile learns its hosts from it)."""
        canonical = canonicalize_url(url)
        if canonical is None:
            raise ProfileError(f"not an http(s) URL: {url!r}")
        host = netloc_of(canonical)
        twin = host[4:] if host.startswith("www.") else f"www.{host}"
        hosts = self.hosts or frozenset({host, twin})
        return replace(self, start_urls=(canonical,), hosts=hosts | {host})


def _compile_all(patterns: list[str], where: str) -> tuple[re.Pattern[str], ...]:
    try:
        return tuple(re.compile(p) for p in patterns)
    except re.error as exc:
        raise ProfileError(f"{where}: bad regular expression: {exc}") from exc


def profile_from_dict(data: dict[str, Any], source_file: str = "") -> SiteProfile:
    """The profile described by ``data``; ProfileError (exit 2) naming the file and key of any mistake.

    Every key, type, URL, time zone, regular expression and CSS selector is checked here, when
    the profile loads: a selector that does not compile would otherwise fail on every page and
    lose every article without a word.
    """
    where = source_file or str(data.get("name", "profile"))
    check_profile(data, where)
    try:
        urls = data.get("urls", {})
        article_id = urls.get("article_id")
        return SiteProfile(
            name=str(data["name"]),
            description=str(data.get("description", "")),
            start_urls=tuple(filter(None, (canonicalize_url(u) for u in data.get("start_urls", [])))),
            hosts=frozenset(h.lower() for h in data.get("hosts", [])),
            timezone=str(data.get("timezone", "")),
            languages={k.lower(): v for k, v in data.get("languages", {}).items()},
            article_urls=_compile_all(urls.get("article", []), where),
            listing_urls=_compile_all(urls.get("listing", []), where),
            ignore_urls=_compile_all(urls.get("ignore", []), where),
            nav_selectors=tuple(data.get("nav", {}).get("selectors", [])),
            selectors={k: tuple(v) for k, v in data.get("selectors", {}).items() if k in FIELDS},
            boilerplate=tuple(data.get("boilerplate", {}).get("selectors", [])),
            article_id=_compile_all([article_id], where)[0] if article_id else None,
            source_file=source_file,
            organizations=tuple(str(name) for name in data.get("organizations", [])),
            discovery=str(
                data.get("discovery") or ("rules" if urls.get("article") or urls.get("listing") else "learned")
            ),
        )
    except (KeyError, TypeError, AttributeError) as exc:
        raise ProfileError(f"{where}: malformed profile ({exc!r}); see archiver/profiles/kmabxh.toml") from exc


def builtin_names() -> list[str]:
    return sorted(p.name[:-5] for p in resources.files(__name__).iterdir() if p.name.endswith(".toml"))


def load_profile(name_or_path: str) -> SiteProfile:
    """A built-in profile by name, or a profile TOML file by path."""
    path = Path(name_or_path)
    if path.suffix == ".toml" or len(path.parts) > 1:
        if not path.is_file():
            raise ProfileError(
                f"{path}: no such profile file (give a .toml file, or one of {', '.join(builtin_names())})"
            )
        try:
            text, source = path.read_text(encoding="utf-8"), str(path)
        except (OSError, UnicodeDecodeError) as exc:
            raise ProfileError(f"{path}: cannot read the profile: {getattr(exc, 'strerror', None) or exc}") from exc
    else:
        resource = resources.files(__name__) / f"{name_or_path}.toml"
        if not resource.is_file():
            raise ProfileError(
                f"unknown profile {name_or_path!r}: use one of {', '.join(builtin_names())}, "
                "a path to a .toml profile, or a home URL"
            )
        text, source = resource.read_text(encoding="utf-8"), f"{name_or_path}.toml"
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ProfileError(f"{source}: {exc}") from exc
    return profile_from_dict(data, source)


def profile_for_target(target: str) -> SiteProfile:
    """Resolve a crawl TARGET: a profile name/path, or a home URL (a known host's profile, else generic)."""
    if "://" not in target:
        return load_profile(target)
    canonical = canonicalize_url(target)
    if canonical is None:
        raise ProfileError(f"not an http(s) URL: {target!r}")
    host = netloc_of(canonical)
    for name in builtin_names():
        profile = load_profile(name)
        if host in profile.hosts:
            return replace(profile, start_urls=(canonical,))
    return load_profile("generic").for_start_url(canonical)


def mirrored(profile: SiteProfile, mapping: dict[str, str]) -> SiteProfile:
    """The profile aimed at a mirror: each real host in ``mapping`` is served at another base URL."""
    rewritten_hosts = set(profile.hosts)
    languages = dict(profile.languages)
    start_urls = list(profile.start_urls)
    for real_host, base in mapping.items():
        base_url = canonicalize_url(base)
        if base_url is None:
            raise ProfileError(f"--mirror {real_host}={base}: not an http(s) URL")
        local = netloc_of(base_url)
        rewritten_hosts.discard(real_host)
        rewritten_hosts.add(local)
        if real_host in languages:
            languages[local] = languages.pop(real_host)
        start_urls = [base_url if netloc_of(u) == real_host else u for u in start_urls]
    return replace(profile, hosts=frozenset(rewritten_hosts), languages=languages, start_urls=tuple(start_urls))
