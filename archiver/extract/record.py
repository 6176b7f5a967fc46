"""The record: what extraction makes of one article page, and what the archive versions and exports.

A TypedDict, so the record stays a plain dict (JSON as it is) while mypy checks its keys from
extraction (``extract_article``) through validation and the pipelines to the store's writes.
tests/test_architecture.py checks that ``extract_article`` returns exactly these keys.
"""

from __future__ import annotations

from typing import Any, TypedDict


class ArticleRecord(TypedDict, total=False):
    url: str
    site: str
    article_id: str | None  # the site's own id for the article, from its URL or metadata
    title: str
    source: str | None  # the organization named as the source (来源), normalized
    source_raw: str | None  # the source line as the page printed it
    reprinted: bool  # the source is another organization: the article is a reprint
    author: str | None  # the authors as one string, as the page credits them
    authors: list[str]
    published_at: str | None  # ISO 8601 with its offset; None when the page gives no date
    published_at_flags: list[str]  # "year-inferred", "relative", "out-of-range"
    updated_at: str | None
    keywords: list[str]
    categories: list[str]  # the page's own categories (breadcrumbs, section metadata)
    body: str  # paragraphs separated by one blank line
    body_html: str  # the body's markup, sanitized (nh3)
    images: list[dict[str, Any]]
    language: str | None  # "zh", "en", or None
    encoding: str  # how the page's bytes were decoded
    extractor_version: str
    truncated: bool  # the page hit an extraction cap (hostile or broken markup)
    rules: dict[str, str]  # field -> the rule that produced it
