"""Extraction: pure functions of (html, url, profile). Nothing here imports Scrapy."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from archiver.extract.version import EXTRACTOR_VERSION

if TYPE_CHECKING:
    from archiver.extract.article import ArticlePage, extract_article


def __getattr__(name: str) -> Any:
    # The extractor loads lxml and nh3: only code that extracts pays for them (the archive's
    # readers only need EXTRACTOR_VERSION).
    if name in ("ArticlePage", "extract_article"):
        from archiver.extract import article

        return getattr(article, name)
    raise AttributeError(f"module 'archiver.extract' has no attribute {name!r}")


__all__ = ["EXTRACTOR_VERSION", "ArticlePage", "extract_article"]
