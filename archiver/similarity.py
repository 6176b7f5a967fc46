"""Near-duplicate detection over article bodies: shingles, MinHash signatures, LSH buckets.

Language-aware shingles: 5-word shingles for Latin text, 4-character shingles over the
Chinese characters (punctuation and blanks dropped), so a copy with light edits keeps
most of its shingles while an English article and its Chinese translation share none.
MinHash + LSH (datasketch) finds candidate pairs without comparing all pairs.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from datasketch import MinHash, MinHashLSH

NUM_PERM = 128
DEFAULT_THRESHOLD = 0.5
_WORD = re.compile(r"[A-Za-z0-9]+")
_CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_WORD_SHINGLE = 5
_CHAR_SHINGLE = 4


def shingles(text: str) -> set[str]:
    """Word shingles of the Latin text and character shingles of the Chinese text of ``text``."""
    result: set[str] = set()
    words = [w.lower() for w in _WORD.findall(text)]
    if len(words) >= _WORD_SHINGLE:
        result.update(" ".join(words[i:i + _WORD_SHINGLE]) for i in range(len(words) - _WORD_SHINGLE + 1))
    elif words:
        result.add(" ".join(words))
    chars = "".join(_CJK.findall(text))
    if len(chars) >= _CHAR_SHINGLE:
        result.update(chars[i:i + _CHAR_SHINGLE] for i in range(len(chars) - _CHAR_SHINGLE + 1))
    elif chars:
        result.add(chars)
    return result


def signature(shingle_set: Iterable[str]) -> MinHash:
    minhash = MinHash(num_perm=NUM_PERM, seed=1)
    minhash.update_batch([s.encode("utf-8") for s in shingle_set])
    return minhash


def jaccard(a: set[str], b: set[str]) -> float:
    return len(a & b) / len(a | b) if a or b else 0.0


class NearDuplicateIndex:
    """Bodies in, near-duplicate pairs out; one LSH lookup per body instead of all pairs."""

    def __init__(self, threshold: float = DEFAULT_THRESHOLD) -> None:
        self.threshold = threshold
        self.lsh = MinHashLSH(threshold=threshold, num_perm=NUM_PERM)
        self.signatures: dict[str, MinHash] = {}

    def add(self, key: str, text: str) -> list[tuple[str, float]]:
        """Index ``text`` under ``key``; returns the already indexed keys it nearly duplicates."""
        minhash = signature(shingles(text))
        found = [(other, minhash.jaccard(self.signatures[other])) for other in self.lsh.query(minhash)]
        self.lsh.insert(key, minhash)
        self.signatures[key] = minhash
        return sorted(((k, s) for k, s in found if s >= self.threshold), key=lambda pair: -pair[1])


def clusters(pairs: Iterable[tuple[str, str]]) -> list[set[str]]:
    """Connected groups of keys linked by near-duplicate pairs (union-find)."""
    parent: dict[str, str] = {}

    def root(key: str) -> str:
        parent.setdefault(key, key)
        while parent[key] != key:
            parent[key] = parent[parent[key]]
            key = parent[key]
        return key

    for a, b in pairs:
        parent[root(a)] = root(b)
    groups: dict[str, set[str]] = {}
    for key in parent:
        groups.setdefault(root(key), set()).add(key)
    return sorted((g for g in groups.values() if len(g) > 1), key=lambda g: sorted(g))
