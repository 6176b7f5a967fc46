"""URL canonicalization and the site boundary: the two rules that decide what is fetched."""

from __future__ import annotations

import re
import sys
from functools import lru_cache
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit, urlunsplit

from w3lib.url import canonicalize_url as _w3lib_canonicalize
from w3lib.url import safe_url_string

_TRACKING_PARAM = re.compile(
    r"^(utm_[a-z0-9_]*|fbclid|gclid|dclid|msclkid|yclid|mc_cid|mc_eid|spm|share_token|"
    r"_hsenc|_hsmi|from|isappinstalled|scene|srcid|wfr|clicktime)$",
    re.IGNORECASE,
)
# Session ids put a new name on the same page at every visit, so each re-crawl would
# archive every article again. As Heritrix's StripSessionIDs/StripSessionCFIDs do, they are
# dropped: parameters that are always a session (Java, PHP, classic ASP, ColdFusion,
# osCommerce, Zen Cart), ``sid`` only when its value looks like a token (``?sid=3`` may
# well name a section), and jQuery's cache-busting ``_=<timestamp>``.
_SESSION_PARAM = re.compile(
    r"^(jsessionid|phpsessid|aspsessionid[a-z]{0,16}|cfid|cftoken|sessionid|session_id|sessid|oscsid|zenid)$",
    re.IGNORECASE,
)
_SESSION_TOKEN = re.compile(r"^(?=[^/]*[a-z])(?=[^/]*\d)[a-z0-9_-]{10,}$", re.IGNORECASE)
_TIMESTAMP = re.compile(r"^\d{9,13}$")
# ";jsessionid=..." path parameters (servlet containers) and ASP.NET's cookieless
# "/(S(...))/" segment carry the session in the path itself.
_PATH_SESSION = re.compile(r";(?:jsessionid|phpsessid|sessionid|sid)=[^/;?#]*", re.IGNORECASE)
_ASPNET_COOKIELESS = re.compile(r"/\((?:[A-Z]\([A-Za-z0-9_-]*\))+\)(?=/)")
# A link that names its own scheme and host resolves alike against every page of one scheme (urljoin
# then reads only the base's scheme): such links are keyed by the page's origin, as root-relative
# ones are, so a site's absolute links are canonicalized once, not once per page that shows them.
# (Tabs and line breaks, which urlsplit deletes first, fall back to the page itself as the base.)
_OWN_HOST = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*://[^/?#\t\r\n]")
_DEFAULT_PORTS = {"http": 80, "https": 443}
_FETCHABLE_SCHEMES = frozenset(_DEFAULT_PORTS)


def canonicalize_url(url: str, base: str | None = None) -> str | None:
    """Return the one spelling of ``url`` used as its identity, or None when it is not fetchable.

    Relative links are resolved against ``base``; the fragment, tracking parameters
    (utm_*, fbclid, spm, ...), session ids (``;jsessionid=``, PHPSESSID, ASPSESSIONID*,
    a token-like ``sid``, ``_=<timestamp>``) and default ports are dropped, scheme and host are
    lower-cased and the remaining query parameters are sorted, so every path that leads
    to an article yields the same key.
    """
    url = url.strip()
    if not url:
        return None
    if base is None:
        known = _CANONICAL.get(url)
        if known is not None:
            return known
    if base and ((url.startswith("/") and not url.startswith("//")) or _OWN_HOST.match(url)):
        base = _origin(base)  # a root-relative link depends only on the base's scheme and host
    elif base and url[0] not in "/?#;" and ":" not in url.partition("/")[0]:
        # A path of its own (";" alone keeps the base's) and no scheme ("http:" alone keeps it too): a
        # relative path, which depends only on the base's directory.
        base = _directory(base) or base
    canonical = _canonicalize(url, base)
    if canonical is not None:
        if len(_CANONICAL) >= _CANONICAL_KEPT:
            _CANONICAL.clear()
        canonical = _CANONICAL.setdefault(canonical, canonical)
    return canonical


# A canonical URL is its own canonical form (tests/test_urls.py checks it on any text). The crawl
# canonicalizes again what the page analysis made canonical (every link it follows, most of them
# already seen); those are answered by a lookup, not parsed again. Cleared when full: only a cache.
# Each answer is the first string made of that URL: the links of every page that shows a URL, the crawl's
# seen set, its requests and the site model's per-URL evidence then hold one string of it, not one per page
# that linked it (generic mode's memory, session 21).
_CANONICAL: dict[str, str] = {}
_CANONICAL_KEPT = 65536


def _origin(url: str) -> str:
    start = url.find("//")
    end = url.find("/", start + 2) if start >= 0 else -1
    return url if end < 0 else url[: end + 1]


def _directory(url: str) -> str | None:
    """A plain http(s) URL up to the last "/" of its path (its query and fragment left out), None for another.

    A relative path (``1860000000007015838.html``, ``../list_2.html``) resolves alike against every page of
    one directory: urljoin drops the base's last segment, query and fragment. Keyed by the directory, an
    article's links to its neighbours are canonicalized once for the directory, not once per page. (Tabs
    and line breaks, which urlsplit deletes first, leave the page itself as the base.)"""
    if not url.startswith(("http://", "https://")) or "\t" in url or "\r" in url or "\n" in url:
        return None
    path_start = url.find("/", url.find("//") + 2)
    end = min((i for i in (url.find("?"), url.find("#")) if i >= 0), default=len(url))
    if path_start < 0 or end < path_start:
        return None  # no path, or a query before it ("http://host?x=/a")
    return url[: url.rfind("/", path_start, end) + 1]


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
        [
            (k, v)
            for k, v in parse_qsl(parts.query, keep_blank_values=True)
            if not _TRACKING_PARAM.match(k) and not _is_session_param(k, v)
        ]
    )
    path = _ASPNET_COOKIELESS.sub("", _PATH_SESSION.sub("", parts.path))
    cleaned = urlunsplit((scheme, netloc, path or "/", query, ""))
    return _w3lib_canonicalize(cleaned, keep_fragments=False)


def _is_session_param(name: str, value: str) -> bool:
    if _SESSION_PARAM.match(name):
        return True
    if name.lower() == "sid":
        return bool(_SESSION_TOKEN.match(value))
    return name == "_" and bool(_TIMESTAMP.match(value))


@lru_cache(maxsize=16384)  # asked of every link of every page: the same menu and footer links again
def netloc_of(url: str) -> str:
    """``host[:port]`` of a canonical URL (the port only when it is not the default)."""
    return sys.intern(urlsplit(url).netloc.lower())  # the same few hosts: one string each, not one per URL cached


@lru_cache(maxsize=4096)  # asked of every link of a block of links: the same few hosts again
def site_of(host: str) -> str:
    """The site a host belongs to, its registrable domain by the Public Suffix List (courlan, the URL
    library trafilatura is built on): ``edition.cnn.com`` → ``cnn.com``, ``www.bbc.co.uk`` →
    ``bbc.co.uk``, ``news.sina.com.cn`` → ``sina.com.cn``. An IP address or ``localhost`` is its own site."""
    from courlan import extract_domain

    bare = host.lower().split(":")[0].strip(".")
    return extract_domain(f"http://{bare}/") or bare


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
