"""Extraction: pure functions of (html, url, profile). Nothing here imports Scrapy."""

from archiver.extract.article import EXTRACTOR_VERSION, ArticlePage, extract_article

__all__ = ["EXTRACTOR_VERSION", "ArticlePage", "extract_article"]
