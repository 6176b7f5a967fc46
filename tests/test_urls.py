import pytest
from hypothesis import given
from hypothesis import strategies as st

from archiver import urls
from archiver.urls import _canonicalize, canonicalize_url, is_allowed, netloc_of, path_template

BASE = "http://127.0.0.1:8000/list-3.html"


@pytest.mark.parametrize(
    ("url", "canonical"),
    [
        ("/NewsDes/1.html#comments", "http://127.0.0.1:8000/NewsDes/1.html"),
        ("/NewsDes/1.html?utm_source=wechat&utm_medium=share", "http://127.0.0.1:8000/NewsDes/1.html"),
        ("/a?b=2&a=1&fbclid=x&spm=1.2", "http://127.0.0.1:8000/a?a=1&b=2"),
        ("content/1.html", "http://127.0.0.1:8000/content/1.html"),
        ("HTTP://EN.KMABXH.COM:80/NewsDes/1.html", "http://en.kmabxh.com/NewsDes/1.html"),
        ("https://en.kmabxh.com:443", "https://en.kmabxh.com/"),
        ("/新闻/1.html", "http://127.0.0.1:8000/%E6%96%B0%E9%97%BB/1.html"),
        ("  /x.html  ", "http://127.0.0.1:8000/x.html"),
    ],
)
def test_canonicalize(url: str, canonical: str) -> None:
    assert canonicalize_url(url, BASE) == canonical


@pytest.mark.parametrize(
    ("url", "canonical"),
    [
        ("/a.html;jsessionid=0A1B2C3D4E5F60718293A4B5C6D7E8F9?id=2", "http://127.0.0.1:8000/a.html?id=2"),
        ("/a.html;JSESSIONID=abc.node1", "http://127.0.0.1:8000/a.html"),
        ("/a.html?jsessionid=0A1B2C3D&id=2", "http://127.0.0.1:8000/a.html?id=2"),
        ("/a.html?PHPSESSID=el4ukv0kqbvoirg7nkp4dncpk3&id=2", "http://127.0.0.1:8000/a.html?id=2"),
        ("/a.asp?ASPSESSIONIDQQCTRDTA=KNEIMBECCPDMLFHGHGPLGNJP&id=2", "http://127.0.0.1:8000/a.asp?id=2"),
        ("/a.cfm?CFID=1234&CFTOKEN=56789012&id=2", "http://127.0.0.1:8000/a.cfm?id=2"),
        ("/a.html?sid=5f2b9c0e4d1a8f7e6b3c2a1d0e9f8a7b", "http://127.0.0.1:8000/a.html"),
        ("/a.html?sid=3f2504e0-4f89-11d3-9a0c-0305e82c3301&p=1", "http://127.0.0.1:8000/a.html?p=1"),
        ("/a.html?id=2&_=1732434543210", "http://127.0.0.1:8000/a.html?id=2"),
        ("/(S(lit3py55t21z5v55vlm25s55))/page.aspx?id=1", "http://127.0.0.1:8000/page.aspx?id=1"),
        ("/shop/item.php?osCsid=6a8e0d1f2b3c&products_id=7", "http://127.0.0.1:8000/shop/item.php?products_id=7"),
    ],
)
def test_session_ids_are_stripped(url: str, canonical: str) -> None:
    assert canonicalize_url(url, BASE) == canonical


@pytest.mark.parametrize(
    "url",
    [
        "/list.html?sid=3",
        "/list.html?sid=news",
        "/a.html?_=x",
        "/a.html?_=12",
        "/a;type=b/c.html",
        "/list.html?session=2024",
    ],
)
def test_what_only_looks_like_a_session_id_stays(url: str) -> None:
    assert canonicalize_url(url, BASE) == "http://127.0.0.1:8000" + url


@pytest.mark.parametrize(
    "url",
    [
        "javascript:void(0)",
        "mailto:a@b.c",
        "data:text/html,hi",
        "file:///etc/passwd",
        "ftp://x/y",
        "",
        "http://",
        "http://[::1",
    ],
)
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
        for other in (
            "http://portal.test:443/a",
            "https://portal.test:80/a",
            "http://portal.test:8080/a",
            "https://portal.test:8443/a",
            "http://www.portal.test/a",
            "http://127.0.0.1/a",
        ):
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
        # Computed again, not looked up: canonicalize_url answers a URL it returned before from a set,
        # which is only right because a canonical URL is its own canonical form.
        assert _canonicalize.__wrapped__(once, None) == once


@given(st.text(max_size=200), st.sampled_from([BASE, "https://portal.test/a/b?x=1", None]))
def test_a_known_canonical_url_is_answered_as_computing_it_would(text: str, base: str | None) -> None:
    computed = canonicalize_url(text, base)
    urls._CANONICAL.clear()
    assert canonicalize_url(text, base) == computed
    if computed is not None:
        assert computed in urls._CANONICAL
        assert canonicalize_url(computed) == computed == _canonicalize.__wrapped__(computed, None)


@given(
    st.from_regex(
        r"/[a-z0-9/._~%-]{0,40}(\?[a-z]{1,5}=[a-z0-9]{0,5}(&utm_[a-z]{1,5}=[a-z]{1,3})?)?(#[a-z]{0,5})?", fullmatch=True
    )
)
def test_tracking_and_fragment_never_survive(path: str) -> None:
    url = canonicalize_url(path, BASE)
    assert url is not None and "#" not in url and "utm_" not in url


@given(
    st.sampled_from(["http", "https", "HTTP", "ftp", "ht\ttp", "mailto"]),
    st.text(alphabet="ab.:/?#[]@\t\n%1", max_size=10),
    st.text(alphabet="ab/?=&#.\t\n ", max_size=12),
    st.sampled_from(["http://portal.test/a/b.html?x=1", "https://portal.test/", "http://other.test:8080/c/"]),
)
def test_a_link_with_its_own_host_resolves_as_against_the_page_itself(
    scheme: str, host: str, rest: str, base: str
) -> None:
    # keyed by the page's origin for the cache: the result must be what the page itself as base gives
    url = f"{scheme}://{host}{rest}"
    assert canonicalize_url(url, base) == _canonicalize.__wrapped__(url.strip(), base)


@given(
    st.text(alphabet="ab.;:/?#=%\t\n ", min_size=1, max_size=14).filter(str.strip),
    st.sampled_from(
        [
            "http://portal.test/a/b.html?x=1",
            "https://portal.test/a/b;p?x=/y#z/w",
            "http://portal.test/a/",
            "http://portal.test",
            "http://portal.test?x=/a/b",
            "http://portal.test#/a/b",
            "http://user@portal.test:8080/a/b/c",
            "HTTP://portal.test/a/b",
            "http://portal.test/a\t/b",
            "https://portal.test/a/../b/./c",
        ]
    ),
)
def test_a_relative_path_resolves_against_the_page_s_directory_as_against_the_page(href: str, base: str) -> None:
    # keyed by the page's directory for the cache: the result must be what the page itself as base gives
    assert canonicalize_url(href, base) == _canonicalize.__wrapped__(href.strip(), base)
