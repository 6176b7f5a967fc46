"""archiver: crawl a news/association portal into a versioned, searchable SQLite archive."""

from archiver.extract import extract_article

__version__ = "0.1.0"
__all__ = ["__version__", "extract_article"]
