"""The trace of a record: which rule produced each field.

Its own module because every field's cascade writes it: ``ArticlePage`` (archiver/extract/article.py)
and its rule mixins (titles.py, categories.py) all import it, and none imports another for it.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class FieldTrace:
    """Which rule produced each field: what a profile author reads when a field is wrong."""

    rules: dict[str, str] = field(default_factory=dict)

    def set(self, name: str, rule: str) -> None:
        self.rules[name] = rule
