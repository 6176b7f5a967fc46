"""``-s NAME=VALUE`` checked before a crawl starts: a bad value is one line and exit 2.

Without this, ``CONCURRENT_REQUESTS=abc`` reached Scrapy, failed inside Twisted with a
70-line traceback and was reported as "nothing could be fetched"; a typo such as
``DOWNLAOD_DELAY`` was silently ignored; ``ARCHIVER_DUPLICATE_THRESHOLD=7`` was only
noticed after the whole crawl. A known setting's value must have the type of its default
(and a sensible range); an unknown name is allowed (extensions have their own settings)
but draws a warning with the closest known name.
"""

from __future__ import annotations

import difflib
import json
import math
from collections.abc import Callable
from types import ModuleType

import scrapy.settings.default_settings as scrapy_defaults

import archiver.settings as archiver_defaults
from archiver.errors import UsageError
from archiver.history.revisit import RevisitPolicy

# Settings archiver reads that have no default in archiver/settings.py.
_EXTRA_KNOWN = frozenset({"ARCHIVER_REDIS_URL", "ARCHIVER_SITE_LABEL"})  # set by archiver itself
# Scrapy settings whose default is an int but which Scrapy reads as a float or a bool.
_READ_AS_FLOAT = frozenset({"DNS_TIMEOUT", "DOWNLOAD_DELAY", "DOWNLOAD_TIMEOUT"})
_READ_AS_BOOL = frozenset({"TELNETCONSOLE_ENABLED"})
# (lowest, highest) where "not negative" is not the rule.
_RANGES: dict[str, tuple[float, float]] = {
    "CONCURRENT_REQUESTS": (1, math.inf),
    "CONCURRENT_REQUESTS_PER_DOMAIN": (1, math.inf),
    "CONCURRENT_ITEMS": (1, math.inf),
    "ARCHIVER_BATCH_SIZE": (1, math.inf),
    "ARCHIVER_BATCH_SECONDS": (0.01, math.inf),
    "ARCHIVER_COVERAGE_MAX_DROP": (0.0, 1.0),
    # The same bounds as `archiver cluster --threshold`: below 0.05 everything is a copy.
    "ARCHIVER_DUPLICATE_THRESHOLD": (0.05, 1.0),
    "ARCHIVER_MAX_LISTING_PAGES": (1, math.inf),
}
_TRUE, _FALSE = frozenset({"true", "1"}), frozenset({"false", "0"})


def _defaults(module: ModuleType) -> dict[str, object]:
    return {name: getattr(module, name) for name in dir(module) if name.isupper()}


_DEFAULTS = {**_defaults(scrapy_defaults), **_defaults(archiver_defaults)}
KNOWN_SETTINGS = frozenset(_DEFAULTS) | _EXTRA_KNOWN


def _number(name: str, value: str, kind: Callable[[str], float]) -> None:
    try:
        number = kind(value.strip())
    except ValueError:
        expected = "an integer" if kind is int else "a number"
        raise UsageError(f"-s {name}={value}: expected {expected}") from None
    default_low = -math.inf if "PRIORITY" in name else 0
    low, high = _RANGES.get(name, (default_low, math.inf))
    if not math.isfinite(number) or not low <= number <= high:
        bounds = f"at least {low:g}" if high == math.inf else f"between {low:g} and {high:g}"
        raise UsageError(f"-s {name}={value}: expected a number {bounds}")


def check_value(name: str, value: str) -> None:
    """UsageError when ``value`` is not what the known setting ``name`` takes; unknown names pass."""
    if name not in _DEFAULTS:
        return
    default = _DEFAULTS[name]
    if name == "ARCHIVER_REVISIT_POLICY":
        RevisitPolicy.parse(value)
    elif isinstance(default, bool) or name in _READ_AS_BOOL:
        if value.strip().lower() not in _TRUE | _FALSE:
            raise UsageError(f"-s {name}={value}: expected True or False")
    elif isinstance(default, float) or name in _READ_AS_FLOAT:
        _number(name, value, float)
    elif isinstance(default, int):
        _number(name, value, int)
    elif isinstance(default, dict) and value.strip():
        try:
            parsed = json.loads(value)
        except json.JSONDecodeError:
            parsed = None
        if not isinstance(parsed, dict):
            raise UsageError(f"-s {name}={value}: expected a JSON object, e.g. {name}='{{\"path.Class\": 100}}'")


def unknown_setting_warning(name: str) -> str | None:
    """A warning for a name neither Scrapy nor archiver knows, with the closest known name when there is one."""
    if name in KNOWN_SETTINGS:
        return None
    close = difflib.get_close_matches(name.upper(), KNOWN_SETTINGS, n=1, cutoff=0.75)
    hint = f" (did you mean {close[0]}?)" if close else " (a setting of an extension? it is passed on as given)"
    return f"-s {name}: not a Scrapy or archiver setting{hint}"
