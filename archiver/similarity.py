"""Near-duplicate detection over article bodies: shingles, MinHash signatures, LSH band keys.

Language-aware shingles: 5-word shingles for Latin text, 4-character shingles over the
Chinese characters and digits (punctuation and blanks dropped), so a copy with light edits keeps
most of its shingles while an English article and its Chinese translation share none.
MinHash (datasketch) estimates Jaccard similarity from 128 numbers per body; LSH banding
turns each signature into a few bucket keys, so candidates are found by key lookups
instead of comparing all pairs. The keys are plain integers, so the archive can keep the
index in SQLite and update it one article at a time (see archiver.store.duplicates).
"""

from __future__ import annotations

import hashlib
import re
import zlib
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING, TypeVar

import numpy as np

if TYPE_CHECKING:
    from datasketch import MinHash

NUM_PERM = 128
DEFAULT_THRESHOLD = 0.5
# Bodies with fewer shingles (a caption, "see attachment") say too little to call two pages copies.
MIN_SHINGLES = 8
_WORD = re.compile(r"[A-Za-z0-9]+")
_CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_CJK_OR_DIGIT = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff0-9]")
_LETTERS = re.compile(r"[A-Za-z]")
_WORD_SHINGLE = 5
K = TypeVar("K")
_CHAR_SHINGLE = 4


def shingles(text: str) -> set[str]:
    """Word shingles of the Latin text and character shingles of the Chinese text of ``text``."""
    result: set[str] = set()
    words = [w.lower() for w in _WORD.findall(text)]
    # Mostly Chinese: numbers belong to its character stream ("参加人数达326人"); its word
    # shingles would otherwise be runs of numbers, which a translation shares.
    chinese = len(_CJK.findall(text)) > len(words)
    if chinese:
        words = [w for w in words if _LETTERS.search(w)]
    if len(words) >= _WORD_SHINGLE:
        result.update(" ".join(words[i:i + _WORD_SHINGLE]) for i in range(len(words) - _WORD_SHINGLE + 1))
    elif words:
        result.add(" ".join(words))
    chars = "".join((_CJK_OR_DIGIT if chinese else _CJK).findall(text))
    if len(chars) >= _CHAR_SHINGLE:
        result.update(chars[i:i + _CHAR_SHINGLE] for i in range(len(chars) - _CHAR_SHINGLE + 1))
    elif chars:
        result.add(chars)
    return result


def _crc32(data: bytes) -> int:
    # 3x faster than datasketch's default SHA-1 and as good here: the permutations that follow
    # (a*h + b mod a Mersenne prime) are what makes the values independent.
    return zlib.crc32(data)


# datasketch is imported when first needed: it loads scipy (60 MB), which a crawl does not
# need until its near-duplicate update at the end.
@cache
def _permutations() -> tuple[np.ndarray, np.ndarray]:
    """Drawn once: datasketch would otherwise draw the same 128 permutations for every body."""
    from datasketch import MinHash

    return MinHash(num_perm=NUM_PERM, seed=1, scheme="affine32").permutations


def signature(shingle_set: Iterable[str]) -> MinHash:
    from datasketch import MinHash

    minhash = MinHash(num_perm=NUM_PERM, seed=1, hashfunc=_crc32, permutations=_permutations(), scheme="affine32")
    minhash.update_batch([s.encode("utf-8") for s in shingle_set])
    return minhash


def jaccard(a: set[str], b: set[str]) -> float:
    return len(a & b) / len(a | b) if a or b else 0.0


@dataclass(frozen=True)
class Signature:
    """The MinHash values of one body, as stored in the archive (``body_signatures.minhash``)."""

    values: np.ndarray  # NUM_PERM uint64

    @classmethod
    def of(cls, text: str) -> tuple[Signature | None, int]:
        """The signature and shingle count of ``text``; no signature when it is too short to compare."""
        shingle_set = shingles(text)
        if len(shingle_set) < MIN_SHINGLES:
            return None, len(shingle_set)
        return cls(signature(shingle_set).hashvalues.astype(np.uint64)), len(shingle_set)

    @classmethod
    def from_bytes(cls, blob: bytes) -> Signature:
        return cls(np.frombuffer(blob, dtype=np.uint64))

    def to_bytes(self) -> bytes:
        return self.values.tobytes()

    def similarity(self, other: Signature) -> float:
        """Estimated Jaccard similarity of the two shingle sets (standard error about 0.04 at 0.5)."""
        return float(np.count_nonzero(self.values == other.values)) / NUM_PERM

    def band_keys(self, threshold: float) -> list[int]:
        """One bucket key per LSH band (the band number is hashed in): bodies sharing a key are candidates."""
        bands, rows = lsh_params(threshold)
        keys = []
        for band in range(bands):
            chunk = band.to_bytes(2, "big") + self.values[band * rows:(band + 1) * rows].tobytes()
            keys.append(int.from_bytes(hashlib.blake2b(chunk, digest_size=8).digest(), "big", signed=True))
        return keys


@cache
def lsh_params(threshold: float) -> tuple[int, int]:
    """(bands, rows per band) that balance missed and spurious candidates at ``threshold``."""
    from datasketch.lsh import _optimal_param

    return _optimal_param(threshold, NUM_PERM, 0.5, 0.5)


class NearDuplicateIndex:
    """Bodies in, near-duplicate pairs out, in memory (the archive keeps its index in SQLite)."""

    def __init__(self, threshold: float = DEFAULT_THRESHOLD) -> None:
        self.threshold = threshold
        from datasketch import MinHashLSH

        self.lsh = MinHashLSH(threshold=threshold, num_perm=NUM_PERM)
        self.signatures: dict[str, MinHash] = {}

    def add(self, key: str, text: str) -> list[tuple[str, float]]:
        """Index ``text`` under ``key``; returns the already indexed keys it nearly duplicates."""
        minhash = signature(shingles(text))
        found = [(other, minhash.jaccard(self.signatures[other])) for other in self.lsh.query(minhash)]
        self.lsh.insert(key, minhash)
        self.signatures[key] = minhash
        return sorted(((k, s) for k, s in found if s >= self.threshold), key=lambda pair: -pair[1])


def clusters(pairs: Iterable[tuple[K, K]]) -> list[set[K]]:
    """Connected groups of keys linked by near-duplicate pairs (union-find)."""
    parent: dict[K, K] = {}

    def root(key: K) -> K:
        parent.setdefault(key, key)
        while parent[key] != key:
            parent[key] = parent[parent[key]]
            key = parent[key]
        return key

    for a, b in pairs:
        parent[root(a)] = root(b)
    groups: dict[K, set[K]] = {}
    for key in parent:
        groups.setdefault(root(key), set()).add(key)
    return sorted((g for g in groups.values() if len(g) > 1), key=lambda g: sorted(map(str, g)))
