"""A gallery of loopback portals in the manner of common site generators and CMSs.

Each portal is a builder ``base_url -> GallerySite``: the routes, the truth of every
article and the role of every other page. ``serve(name)`` starts one on loopback.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from urllib.parse import parse_qsl, urlsplit

from archiver.demo.server import Page, PortalServer
from tests.portal.gallery.aspnet import build_aspnet
from tests.portal.gallery.cards import build_cards
from tests.portal.gallery.dedecms import build_dedecms
from tests.portal.gallery.discuz import build_discuz
from tests.portal.gallery.drupal import build_drupal
from tests.portal.gallery.empirecms import build_empirecms
from tests.portal.gallery.hexo import build_hexo_next
from tests.portal.gallery.hugo import build_hugo
from tests.portal.gallery.jekyll import build_jekyll_minima, build_jekyll_paginate_v2
from tests.portal.gallery.kmabxh_like import build_kmabxh_like, build_kmabxh_like_cn
from tests.portal.gallery.model import GallerySite
from tests.portal.gallery.phpcms import build_phpcms
from tests.portal.gallery.trs import build_trs
from tests.portal.gallery.wordpress import build_wordpress

Builder = Callable[[str], GallerySite]

GALLERY: dict[str, Builder] = {
    "jekyll_minima": build_jekyll_minima,
    "jekyll_paginate_v2": build_jekyll_paginate_v2,
    "hugo_papermod": build_hugo,
    "hexo_next": build_hexo_next,
    "wordpress": build_wordpress,
    "drupal": build_drupal,
    "dedecms": build_dedecms,
    "phpcms": build_phpcms,
    "empirecms": build_empirecms,
    "discuz": build_discuz,
    "trs_gov": build_trs,
    "aspnet": build_aspnet,
    "cards_nextjs": build_cards,
    "kmabxh_like": build_kmabxh_like,
    "kmabxh_like_cn": build_kmabxh_like_cn,
}


class GalleryServer(PortalServer):
    """A portal server that answers a query in any parameter order, as PHP and ASP.NET do."""

    def __init__(self) -> None:
        super().__init__("127.0.0.1", 0)
        self.fallback = self._any_query_order

    def _any_query_order(self, path: str) -> Page | None:
        wanted = _query_key(path)
        return next((page for route, page in self.routes.items() if "?" in route and _query_key(route) == wanted), None)


def _query_key(path: str) -> tuple[str, tuple[tuple[str, str], ...]]:
    parts = urlsplit(path)
    return parts.path, tuple(sorted(parse_qsl(parts.query, keep_blank_values=True)))


@contextmanager
def serve(name: str, builder: Builder | None = None) -> Iterator[tuple[GalleryServer, GallerySite]]:
    """The portal ``name`` (or the one ``builder`` makes) on a free loopback port."""
    server = GalleryServer()
    site = (builder or GALLERY[name])(server.base_url)
    server.routes = site.routes
    server.start()
    try:
        yield server, site
    finally:
        server.stop()


def build(name: str, base_url: str = "http://127.0.0.1:8000") -> GallerySite:
    return GALLERY[name](base_url)


__all__ = ["GALLERY", "GalleryServer", "GallerySite", "build", "serve"]
