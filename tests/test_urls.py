import pytest
from hypothesis import given
from hypothesis import strategies as st

from archiver.urls import canonicalize_url, is_allowed, netloc_of, path_template

BASE = "http://127.0.0.1:8000/list-3.html"


@pytest.mark.parametrize(("url", "canonical"), [
    ("/NewsDes/1.html#comments", "http://127.0.0.1:8000/NewsDes/1.html"),
    ("/NewsDes/1.html?utm_source=wechat&utm_medium=share", "http://127.0.0.1:8000/NewsDes/1.html"),
    ("/a?b=2&a=1&fbclid=x&spm=1.2", "http://127.0.0.1:8000/a?a=1&b=2"),
    ("content/1.html", "http://127.0.0.1:8000/content/1.html"),
    ("HTTP://EN.KMABXH.COM:80/NewsDes/1.html", "http://en.kmabxh.com/NewsDes/1.html"),
    ("https://en.kmabxh.com:443", "https://en.kmabxh.com/"),
    ("/新闻/1.html", "http://127.0.0.1:8000/%E6%96%B0%E9%97%BB/1.html"),
    ("  /x.html  ", "http://127.0.0.1:8000/x.html"),
])
def test_canonicalize(url: str, canonical: str) -> None:
    assert canonicalize_url(url, BASE) == canonical


@pytest.mark.parametrize("url", ["javascript:void(0)", "mailto:a@b.c", "data:text/html,hi",
                                 "file:///etc/passwd", "ftp://x/y", "", "http://", "http://[::1"])
def test_unfetchable(url: str) -> None:
    assert canonicalize_url(url, BASE) is None


def test_site_boundary_is_host_and_port() -> None:
    allowed = frozenset({"127.0.0.1:8000"})
    assert is_allowed("http://127.0.0.1:8000/a", allowed)
    assert not is_allowed("http://127.0.0.1:9000/a", allowed)
    assert not is_allowed("http://localhost:8000/a", allowed)
    assert not is_allowed("http://127.0.0.2:8000/a", allowed)


def test_http_and_https_default_ports_are_one_site_other_ports_are_not() -> None:
    """Issue 13 #22: the rule SECURITY.md states, exactly."""
    given_http = frozenset({netloc_of(canonicalize_url("http://portal.test/") or "")})
    given_https = frozenset({netloc_of(canonicalize_url("https://portal.test/") or "")})
    for allowed in (given_http, given_https):
        assert is_allowed(canonicalize_url("http://portal.test/a") or "", allowed)
        assert is_allowed(canonicalize_url("https://portal.test:443/a") or "", allowed)
        assert is_allowed(canonicalize_url("http://portal.test:80/a") or "", allowed)
        for other in ("http://portal.test:443/a", "https://portal.test:80/a", "http://portal.test:8080/a",
                      "https://portal.test:8443/a", "http://www.portal.test/a", "http://127.0.0.1/a"):
            assert not is_allowed(canonicalize_url(other) or "", allowed), other
    given_port = frozenset({netloc_of(canonicalize_url("http://127.0.0.1:8000/") or "")})
    assert is_allowed(canonicalize_url("https://127.0.0.1:8000/a") or "", given_port)
    assert not is_allowed(canonicalize_url("https://127.0.0.1/a") or "", given_port)


def test_path_template() -> None:
    assert path_template("http://h/NewsDes/1859774453443571712.html") == "/NewsDes/#.html"
    assert path_template("http://h/list?page=3&cat=2") == "/list?cat&page"


@given(st.text(max_size=200))
def test_canonicalize_never_raises_and_is_idempotent(text: str) -> None:
    once = canonicalize_url(text, BASE)
    if once is not None:
        assert once.startswith(("http://", "https://"))
        assert canonicalize_url(once) == once


@given(st.from_regex(r"/[a-z0-9/._~%-]{0,40}(\?[a-z]{1,5}=[a-z0-9]{0,5}(&utm_[a-z]{1,5}=[a-z]{1,3})?)?(#[a-z]{0,5})?",
                     fullmatch=True))
def test_tracking_and_fragment_never_survive(path: str) -> None:
    url = canonicalize_url(path, BASE)
    assert url is not None and "#" not in url and "utm_" not in url
