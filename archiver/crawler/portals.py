"""The portals of a crawl of several at once: TARGET arguments and/or a ``portals.toml`` file.

Each portal becomes a :class:`Portal`: its resolved profile and its own settings, so its
politeness (robots.txt, delay, concurrency) and its run are its own. Everything here is
checked before anything is fetched or opened: a bad file is one ``Error:`` line, exit 2.

``portals.toml``::

    [settings]                        # every portal's (optional)
    ARCHIVER_CONTACT_URL = "mailto:you@example.org"

    [[portal]]
    target = "kmabxh"                 # a profile name, a profile .toml (relative to this file), or a home URL
    mirror = { "en.kmabxh.com" = "http://127.0.0.1:8001" }

    [[portal]]
    target = "http://portal.example.org/"
    settings = { DOWNLOAD_DELAY = 2, CONCURRENT_REQUESTS_PER_DOMAIN = 1 }
    max_pages = 2000
    full = true
"""

from __future__ import annotations

import tomllib
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from archiver.crawler.overrides import check_value
from archiver.errors import UsageError
from archiver.profiles import SiteProfile, mirrored, profile_for_target

_FILE_KEYS = frozenset({"settings", "portal"})
_PORTAL_KEYS = frozenset({"target", "settings", "mirror", "max_pages", "full"})


@dataclass(frozen=True)
class Portal:
    """One portal of the crawl: what was asked for, the profile it resolved to, its own settings."""

    target: str
    profile: SiteProfile
    settings: dict[str, str] = field(default_factory=dict)  # -s style NAME -> VALUE, under the command's own -s
    max_pages: int | None = None
    full: bool = False


@dataclass(frozen=True)
class PortalsFile:
    settings: dict[str, str]
    entries: list[dict[str, Any]]  # each portal table, checked; targets still unresolved
    base: Path  # a relative profile path is read from the file's folder


def _setting_text(value: Any, where: str) -> str:
    """A TOML value as the text ``-s NAME=VALUE`` would give (Scrapy reads both the same way)."""
    if isinstance(value, bool):
        return "True" if value else "False"
    if isinstance(value, int | float | str):
        return str(value)
    raise UsageError(f"{where}: expected a string, number or boolean, got {type(value).__name__}")


def _settings_table(value: Any, where: str) -> dict[str, str]:
    if not isinstance(value, dict):
        raise UsageError(f"{where}: expected a table of NAME = value")
    settings = {}
    for name, raw in value.items():
        text = _setting_text(raw, f"{where}.{name}")
        try:
            check_value(name, text)
        except UsageError as exc:
            raise UsageError(f"{where}.{name}: {exc}") from None
        settings[name] = text
    return settings


def read_portals_file(path: Path) -> PortalsFile:
    """``path`` parsed and checked (keys, types, setting values); UsageError naming the file and key."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise UsageError(f"--portals {path}: cannot read it ({exc.strerror or exc})") from None
    except UnicodeDecodeError:
        raise UsageError(f"--portals {path}: not UTF-8 text") from None
    except tomllib.TOMLDecodeError as exc:
        raise UsageError(f"--portals {path}: not valid TOML: {exc}") from None
    unknown = sorted(set(data) - _FILE_KEYS)
    if unknown:
        raise UsageError(f"{path}: unknown key {unknown[0]!r} (expected [settings] and [[portal]] tables)")
    settings = _settings_table(data.get("settings", {}), f"{path}: [settings]")
    entries = data.get("portal", [])
    if not isinstance(entries, list) or not entries:
        raise UsageError(f'{path}: no [[portal]] table: list each portal as [[portal]] with target = "…"')
    for number, entry in enumerate(entries, 1):
        where = f"{path}: portal {number}"
        if not isinstance(entry, dict):
            raise UsageError(f"{where}: expected a [[portal]] table")
        unknown = sorted(set(entry) - _PORTAL_KEYS)
        if unknown:
            raise UsageError(f"{where}: unknown key {unknown[0]!r} (expected one of {', '.join(sorted(_PORTAL_KEYS))})")
        if not isinstance(entry.get("target"), str) or not entry["target"].strip():
            raise UsageError(f'{where}: target = "…" (a profile name, a profile .toml or a home URL) is required')
        max_pages = entry.get("max_pages")
        if max_pages is not None and (isinstance(max_pages, bool) or not isinstance(max_pages, int) or max_pages < 1):
            raise UsageError(f"{where}: max_pages must be a whole number of at least 1")
        if not isinstance(entry.get("full", False), bool):
            raise UsageError(f"{where}: full must be true or false")
        mirror = entry.get("mirror", {})
        if not isinstance(mirror, dict) or not all(isinstance(v, str) for v in mirror.values()):
            raise UsageError(f'{where}: mirror must be a table of "HOST" = "URL"')
        entry["settings"] = _settings_table(entry.get("settings", {}), f"{where}: settings")
    return PortalsFile(settings, entries, path.parent)


def _file_target(target: str, base: Path) -> str:
    """A relative profile path in the file is relative to the file, as a reader expects."""
    if "://" in target or not target.endswith(".toml") or Path(target).is_absolute():
        return target
    return str(base / target)


def _mirrors_for(profile: SiteProfile, mirrors: dict[str, str], matched: set[str]) -> dict[str, str]:
    """The command's ``--mirror`` pairs this profile has the host of (noted in ``matched``)."""
    own = {host: base for host, base in mirrors.items() if host in profile.hosts}
    matched.update(own)
    return own


def resolve_portals(
    targets: Iterable[str],
    portals_file: PortalsFile | None,
    mirrors: dict[str, str],
    *,
    max_pages: int | None,
    full: bool,
) -> list[Portal]:
    """Every portal of the command, in order: the TARGET arguments, then the file's.

    ``mirrors`` (the command's ``--mirror``) apply to the portals whose profile names that host;
    ``max_pages`` and ``full`` (the command's) apply to every portal, over the file's. UsageError
    for a portal that does not resolve, a ``--mirror`` no portal uses, or two portals on one host.
    """
    portals = []
    matched: set[str] = set()
    for target in targets:
        profile = profile_for_target(target)
        portals.append(Portal(target, mirrored(profile, _mirrors_for(profile, mirrors, matched)), {}, max_pages, full))
    if portals_file is not None:
        for entry in portals_file.entries:
            target = _file_target(entry["target"].strip(), portals_file.base)
            profile = profile_for_target(target)
            own_mirrors = {str(host).lower(): base for host, base in entry.get("mirror", {}).items()}
            for host in sorted(set(own_mirrors) - profile.hosts):
                raise UsageError(f"portal {target}: mirror {host!r}: its profile has no such host")
            profile = mirrored(profile, {**own_mirrors, **_mirrors_for(profile, mirrors, matched)})
            settings = {**portals_file.settings, **entry["settings"]}
            portals.append(
                Portal(target, profile, settings, max_pages or entry.get("max_pages"), full or entry.get("full", False))
            )
    for host in sorted(set(mirrors) - matched):
        raise UsageError(f"--mirror {host}=…: no portal of this crawl has the host {host}")
    _check_distinct(portals)
    return portals


def _check_distinct(portals: list[Portal]) -> None:
    """Two crawlers on one host would share its politeness budget and fight over its frontier rows."""
    owner: dict[str, str] = {}
    for portal in portals:
        if not portal.profile.start_urls:
            raise UsageError(f"profile {portal.profile.name!r} has no start_urls: give a home URL as TARGET")
        for host in sorted(portal.profile.hosts):
            if host in owner:
                raise UsageError(
                    f"{owner[host]} and {portal.target} both crawl {host}: list each portal once "
                    "(a profile names all of a portal's hosts)"
                )
            owner[host] = portal.target
