"""URL canonicalization and the site boundary: the two rules that decide what is fetched."""

from __future__ import annotations

import re
from functools import lru_cache
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit, urlunsplit

from w3lib.url import canonicalize_url as _w3lib_canonicalize
from w3lib.url import safe_url_string

_TRACKING_PARAM = re.compile(
    r"^(utm_[a-z0-9_]*|fbclid|gclid|dclid|msclkid|yclid|mc_cid|mc_eid|spm|share_token|"
    r"_hsenc|_hsmi|from|isappinstalled|scene|srcid|wfr|clicktime)$",
    re.IGNORECASE,
)
_DEFAULT_PORTS = {"http": 80, "https": 443}
_FETCHABLE_SCHEMES = frozenset(_DEFAULT_PORTS)


def canonicalize_url(url: str, base: str | None = None) -> str | None:
    """Return the one spelling of ``url`` used as its identity, or None when it is not fetchable.

    Relative links are resolved against ``base``; the fragment, tracking parameters
    (utm_*, fbclid, spm, ...) and default ports are dropped, scheme and host are
    lower-cased and the remaining query parameters are sorted, so every path that leads
    to an article yields the same key.
    """
    url = url.strip()
    if not url:
        return None
    if base and url.startswith("/") and not url.startswith("//"):
        base = _origin(base)  # a root-relative link depends only on the base's scheme and host
    return _canonicalize(url, base)


def _origin(url: str) -> str:
    start = url.find("//")
    end = url.find("/", start + 2) if start >= 0 else -1
    return url if end < 0 else url[:end + 1]


# Every page repeats the site's navigation, footer and related links: the same few hundred
# links, canonicalized once each instead of once per page.
@lru_cache(maxsize=16384)
def _canonicalize(url: str, base: str | None) -> str | None:
    try:
        if "://" in url[:12] and not urlsplit(url).netloc:
            return None  # "http://" with no host would resolve to the base page
        absolute = urljoin(base, url) if base else url
        parts = urlsplit(safe_url_string(absolute))
        scheme = parts.scheme.lower()
        if scheme not in _FETCHABLE_SCHEMES or not parts.hostname:
            return None
        port = parts.port
    except ValueError:
        return None
    host = parts.hostname.lower().rstrip(".")
    if ":" in host:
        host = f"[{host}]"
    netloc = host if port in (None, _DEFAULT_PORTS[scheme]) else f"{host}:{port}"
    query = urlencode(
        [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True)
         if not _TRACKING_PARAM.match(k)]
    )
    cleaned = urlunsplit((scheme, netloc, parts.path or "/", query, ""))
    return _w3lib_canonicalize(cleaned, keep_fragments=False)


def netloc_of(url: str) -> str:
    """``host[:port]`` of a canonical URL (the port only when it is not the default)."""
    return urlsplit(url).netloc.lower()


def is_allowed(url: str, allowed_netlocs: frozenset[str]) -> bool:
    """True when canonical ``url`` is on one of the target's own hosts.

    The rule is host *and* port as a canonical URL spells them (``host[:port]``, the port
    only when it is not the scheme's default):

    - another host, or an explicit other port of the same machine, is another site;
    - ``http://host/`` (port 80) and ``https://host/`` (port 443) are the *same* site,
      because portals redirect one to the other (http -> https upgrades) and serve the
      same content on both; a crawl given either may fetch the other;
    - ``http://host:443/`` or ``https://host:80/`` name a non-default port: another site.

    IP literals and private addresses are only allowed when the target itself is one.
    """
    return netloc_of(url) in allowed_netlocs



def path_template(url: str) -> str:
    """The shape of a URL's path with digit runs generalized: ``/NewsDes/123.html`` -> ``/NewsDes/#.html``.

    Articles of one portal share a template, so the spider learns which links are articles.
    """
    parts = urlsplit(url)
    template = re.sub(r"\d+", "#", parts.path)
    if parts.query:
        keys = sorted(k for k, _ in parse_qsl(parts.query, keep_blank_values=True))
        template += "?" + "&".join(keys)
    return template
