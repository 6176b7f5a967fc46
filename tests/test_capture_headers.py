"""A response's or request's headers as a capture keeps them: the dict's own pairs read as Scrapy's ``items()``."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from scrapy.http import Headers

from archiver.crawler.capture_middleware import headers_as_dict

_NAME = st.sampled_from(
    ["content-type", "Content-Type", "SET-COOKIE", "set-cookie", "x-a", "X-A", "etag", "Vary", "ß-x"]
)
_VALUE = st.one_of(
    st.text(alphabet=st.sampled_from(list("abc ;=/,é\u00ff")), max_size=12),
    st.binary(max_size=8),
    st.integers(0, 10**6),
)


def _as_scrapy_reads_them(headers: Headers) -> dict[str, str]:
    return {k.decode("latin-1"): b", ".join(v).decode("latin-1") for k, v in headers.items()}


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(_NAME, st.one_of(_VALUE, st.lists(_VALUE, max_size=3))), max_size=8))
def test_headers_as_a_dict_are_scrapys_items(pairs: list[tuple[str, object]]) -> None:
    headers = Headers()
    for name, value in pairs:
        if isinstance(value, list):
            headers.setlist(name, value)
        else:
            headers.appendlist(name, value)
    assert headers_as_dict(headers) == _as_scrapy_reads_them(headers)
    assert list(headers_as_dict(headers)) == list(_as_scrapy_reads_them(headers))  # in the same order
    built = Headers(dict(pairs[:1]) if pairs and not isinstance(pairs[0][1], list) else {})
    assert headers_as_dict(built) == _as_scrapy_reads_them(built)


def test_a_name_scrapy_cannot_find_again_reads_as_it_does() -> None:
    headers = Headers({"ǆa": "1", "Etag": "x"})
    assert _as_scrapy_reads_them(headers) == {"ǅa".encode().decode("latin-1"): "", "Etag": "x"}
    assert headers_as_dict(headers) == _as_scrapy_reads_them(headers)


def test_a_plain_mapping_is_read_by_its_items() -> None:
    class Items(dict[bytes, list[bytes]]):
        def items(self):  # type: ignore[override]
            return [(b"A", [b"1", b"2"])]

    assert headers_as_dict(Items()) == {"A": "1, 2"}
