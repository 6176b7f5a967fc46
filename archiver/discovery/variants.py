"""One page under many addresses: the same path with queries that change nothing the page shows.

A session or cache-busting parameter that the URL rules do not know by name (``?s=3f9a0c1e``, ``?r=<random>``)
puts a new address on the same page at every visit: each page links the next variant, and a crawl that follows
them never ends. The pages themselves say what such a parameter is: under one path, another query that gives the
same text is the same page (the "DUST" of Bar-Yossef et al., *Do not crawl in the DUST: different URLs with
similar text*, 2007). A page that repeats the page first fetched under its path, with another query, is that
page: it is no article, no listing, and its links (the first one's, under fresh tokens) are not followed.

Only pages of one path are compared, and only whole texts: listing pages of one pager (``?page=2``, ``?page=3``)
show other records, and articles of one script (``show.php?id=5``, ``?id=6``) other words.
"""

from __future__ import annotations

# Pages remembered, each as one int and its URL (which the crawl's seen set holds already): enough for any site
# this crawl can hold in memory; past it a variant is only fetched once more, never followed without end.
KEPT_PAGES = 1_000_000


class QueryVariants:
    """The first URL fetched of each (path, text), so that a later URL of the path that shows the same text is
    known for what it is."""

    def __init__(self, kept: int = KEPT_PAGES) -> None:
        self._first: dict[int, str] = {}
        self._kept = kept

    def repeated(self, url: str, digest: int) -> str | None:
        """The URL first fetched under ``url``'s path whose page showed the same text (``digest``), when that is
        another URL (``url`` names the same page under another query); None otherwise, ``url`` then being
        remembered as the first of its text when it is. ``url`` is canonical (no fragment); ``digest`` 0 is
        no digest."""
        if not digest:
            return None
        key = hash((url.partition("?")[0], digest))
        first = self._first.get(key)
        if first is None:
            if len(self._first) < self._kept:
                self._first[key] = url
            return None
        return first if first != url else None

    def __len__(self) -> int:
        return len(self._first)
