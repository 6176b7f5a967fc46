"""Accuracy measures for a crawl against the portal's ground truth."""

from __future__ import annotations

import re
from collections import Counter
from typing import Any

_TOKEN = re.compile(r"[\u4e00-\u9fff]|[A-Za-z0-9]+")
FIELDS = ("title", "source", "source_raw", "reprinted", "author", "published_at", "keywords",
          "categories", "body", "language")


def tokens(text: str) -> list[str]:
    """Words for English, characters for Chinese."""
    return _TOKEN.findall(text or "")


def token_f1(predicted: str, expected: str) -> float:
    got, want = Counter(tokens(predicted)), Counter(tokens(expected))
    overlap = sum((got & want).values())
    if not got and not want:
        return 1.0
    if overlap == 0:
        return 0.0
    precision, recall = overlap / sum(got.values()), overlap / sum(want.values())
    return 2 * precision * recall / (precision + recall)


def score(records: dict[str, dict[str, Any]], truth: dict[str, dict[str, Any]]) -> dict[str, Any]:
    found = [url for url in truth if url in records]
    checked = right = 0
    wrong: list[tuple[str, str, Any, Any]] = []
    f1s = []
    for url in found:
        record, expected = records[url], truth[url]
        for name in FIELDS:
            checked += 1
            if record[name] == expected[name]:
                right += 1
            else:
                wrong.append((url, name, record[name], expected[name]))
        f1s.append(token_f1(record["body"], expected["body"]))
    return {
        "coverage": len(found) / len(truth),
        "field_accuracy": right / max(checked, 1),
        "body_f1_mean": sum(f1s) / max(len(f1s), 1),
        "body_f1_min": min(f1s, default=0.0),
        "unexpected": sorted(set(records) - set(truth)),
        "wrong": wrong,
    }
