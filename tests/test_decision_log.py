"""The generic crawl logs each page's decision at DEBUG only where a handler keeps DEBUG lines (spiders/learned.py)."""

from __future__ import annotations

import logging

from spiders.learned import debug_kept


def _logger(name: str, *, propagate: bool = True, level: int = logging.NOTSET) -> logging.Logger:
    logger = logging.getLogger(f"archiver-test-decisions.{name}")
    logger.propagate = propagate
    logger.setLevel(level)
    return logger


def test_a_debug_line_is_made_only_where_a_handler_keeps_it() -> None:
    parent = logging.getLogger("archiver-test-decisions")
    parent.propagate = False  # this test's loggers, whatever the root logger holds
    parent.setLevel(logging.DEBUG)  # as Scrapy leaves its loggers: every record made, handlers filter
    warnings_only = logging.NullHandler(logging.WARNING)
    parent.addHandler(warnings_only)
    try:
        child = _logger("child")
        assert not debug_kept(child)  # Scrapy's handler at LOG_LEVEL=WARNING: the record would be dropped
        everything = logging.NullHandler(logging.DEBUG)
        parent.addHandler(everything)
        assert debug_kept(child)
        assert not debug_kept(_logger("quiet", level=logging.INFO))  # the logger itself drops DEBUG
        assert not debug_kept(_logger("alone", propagate=False))  # no handler of its own, none above it reached
        parent.removeHandler(everything)
    finally:
        parent.removeHandler(warnings_only)
