"""Near-duplicate detection over article bodies: shingles, MinHash signatures, LSH band keys.

Language-aware shingles: 5-word shingles for Latin text, 4-character shingles over the
Chinese characters and digits (punctuation and blanks dropped), so a copy with light edits keeps
most of its shingles while an English article and its Chinese translation share none.
MinHash (datasketch's scheme) estimates Jaccard similarity from 128 numbers per body; LSH banding
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

from archiver import settings as defaults
from archiver.errors import ArchiverError
from archiver.normalize import CJK_CHAR, CJK_CHARS

if TYPE_CHECKING:
    import numpy as np
    from datasketch import MinHash

NUM_PERM = 128
_VALUE_BYTES = 8  # a stored signature is NUM_PERM uint64 values
DEFAULT_THRESHOLD = defaults.ARCHIVER_DUPLICATE_THRESHOLD
# Bodies with fewer shingles (a caption, "see attachment") say too little to call two pages copies.
MIN_SHINGLES = 8
_WORD = re.compile(r"[A-Za-z0-9]+")
_CJK = CJK_CHAR
_CJK_OR_DIGIT = re.compile(rf"[{CJK_CHARS}0-9]")
_LETTERS = re.compile(r"[A-Za-z]")
_WORD_SHINGLE = 5
K = TypeVar("K")
_CHAR_SHINGLE = 4


def shingles(text: str) -> set[str]:
    """Word shingles of the Latin text and character shingles of the Chinese text of ``text``."""
    result: set[str] = set()
    # The words are ASCII, so lowering them joined is lowering each (and one call, not one per word).
    found = _WORD.findall(text)
    words = " ".join(found).lower().split(" ") if found else []
    # An ASCII text holds no Chinese character: no scan of it for one (isascii is a flag, not a scan).
    cjk = [] if text.isascii() else _CJK.findall(text)
    # Mostly Chinese: numbers belong to its character stream ("参加人数达326人"); its word
    # shingles would otherwise be runs of numbers, which a translation shares.
    chinese = len(cjk) > len(words)
    if chinese:
        words = [w for w in words if _LETTERS.search(w)]
    if len(words) >= _WORD_SHINGLE:
        # Each run of _WORD_SHINGLE consecutive words, joined: zip walks them without slicing.
        runs = zip(*(words[offset:] for offset in range(_WORD_SHINGLE)), strict=False)
        result.update(map(" ".join, runs))
    elif words:
        result.add(" ".join(words))
    chars = "".join(_CJK_OR_DIGIT.findall(text) if chinese else cjk)
    if len(chars) >= _CHAR_SHINGLE:
        # a set display, not a generator fed to update(): no generator frame resumed per shingle (1.8x faster)
        result.update({chars[i : i + _CHAR_SHINGLE] for i in range(len(chars) - _CHAR_SHINGLE + 1)})
    elif chars:
        result.add(chars)
    return result


def _crc32(data: bytes) -> int:
    # 3x faster than datasketch's default SHA-1 and as good here: the permutations that follow
    # (a*h + b mod 2^32, a odd) are what makes the values independent.
    return zlib.crc32(data)


# MinHash with datasketch's "affine32" scheme, seed 1, computed here with numpy: importing
# datasketch loads scipy (about 1-2 s), which the crawl's signatures do not need. The values are
# bit for bit datasketch's (tests/test_similarity.py compares them), so archives written by
# either agree; datasketch stays the reference and the in-memory NearDuplicateIndex.
_SEED = 1
_UINT32_MAX = (1 << 32) - 1


@cache
def _permutations() -> tuple[np.ndarray, np.ndarray]:
    """(a, b) of the NUM_PERM affine permutations, drawn as ``datasketch.MinHash(seed=1)`` draws them."""
    import numpy as np

    generator = np.random.RandomState(_SEED)
    a = generator.randint(0, 1 << 31, NUM_PERM, dtype=np.uint32) * np.uint32(2) + np.uint32(1)
    b = generator.randint(0, 1 << 32, NUM_PERM, dtype=np.uint32)
    return a, b


def _fmix32(values: np.ndarray) -> np.ndarray:
    """MurmurHash3's 32-bit finalizer (a bijection), applied before the permutations as datasketch does."""
    import numpy as np

    values = values ^ (values >> np.uint32(16))
    values = values * np.uint32(0x85EBCA6B)
    values = values ^ (values >> np.uint32(13))
    values = values * np.uint32(0xC2B2AE35)
    mixed: np.ndarray = values ^ (values >> np.uint32(16))
    return mixed


def minhash_values(shingle_set: Iterable[str]) -> np.ndarray:
    """The NUM_PERM MinHash values (uint64) of a set of shingles; all 2^32-1 for an empty set."""
    import numpy as np

    # _crc32 of each shingle's UTF-8 bytes, mapped in C rather than called once per shingle from Python.
    shingle_list = list(shingle_set)
    hashes = np.fromiter(map(zlib.crc32, map(str.encode, shingle_list)), dtype=np.uint32, count=len(shingle_list))
    if not len(hashes):
        return np.full(NUM_PERM, _UINT32_MAX, dtype=np.uint64)
    a, b = _permutations()
    permuted = _fmix32(hashes).reshape(-1, 1) * a  # uint32: the wraparound is the modulo 2^32
    permuted += b  # in place: one (shingles x 128) array, not two
    minima: np.ndarray = permuted.min(axis=0).astype(np.uint64)
    return minima


def signature(shingle_set: Iterable[str]) -> MinHash:
    """A datasketch ``MinHash`` of the shingles (for ``NearDuplicateIndex``, which uses datasketch's LSH)."""
    from datasketch import MinHash

    values = minhash_values(shingle_set).astype("uint32")
    return MinHash(num_perm=NUM_PERM, seed=_SEED, hashvalues=values, permutations=_permutations(), scheme="affine32")


def stored_similarity(first: bytes, second: bytes) -> float:
    """``Signature.similarity`` of two stored signatures (``body_signatures.minhash``), without numpy.

    The run's end compares only the few clustered articles' signatures; importing numpy for them
    cost every crawl process about a quarter of a second of CPU, its writer having signed the bodies.
    """
    if len(first) != len(second) or len(first) % _VALUE_BYTES:
        raise ValueError("signatures of different lengths")
    equal = sum(
        first[start : start + _VALUE_BYTES] == second[start : start + _VALUE_BYTES]
        for start in range(0, len(first), _VALUE_BYTES)
    )
    return float(equal) / NUM_PERM


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
        return cls(minhash_values(shingle_set)), len(shingle_set)

    @classmethod
    def from_bytes(cls, blob: bytes) -> Signature:
        import numpy as np

        return cls(np.frombuffer(blob, dtype=np.uint64))

    def to_bytes(self) -> bytes:
        return self.values.tobytes()

    def similarity(self, other: Signature) -> float:
        """Estimated Jaccard similarity of the two shingle sets (standard error about 0.04 at 0.5)."""
        import numpy as np

        return float(np.count_nonzero(self.values == other.values)) / NUM_PERM

    def band_keys(self, threshold: float) -> list[int]:
        """One bucket key per LSH band (the band number is hashed in): bodies sharing a key are candidates."""
        bands, rows = lsh_params(threshold)
        keys = []
        for band in range(bands):
            chunk = band.to_bytes(2, "big") + self.values[band * rows : (band + 1) * rows].tobytes()
            keys.append(int.from_bytes(hashlib.blake2b(chunk, digest_size=8).digest(), "big", signed=True))
        return keys


@cache
def lsh_params(threshold: float) -> tuple[int, int]:
    """(bands, rows per band) that balance missed and spurious candidates at ``threshold``.

    datasketch's choice (``MinHashLSH``, equal weights): the (b, r) with b*r <= NUM_PERM that
    minimizes the area under the false-positive curve 1-(1-s^r)^b below the threshold plus the
    area above it under the false-negative curve. datasketch integrates with scipy; Simpson's rule
    on 2,000 intervals agrees with it (tests/test_similarity.py checks a grid of thresholds).
    """
    import numpy as np

    def simpson(lo: float, hi: float) -> tuple[np.ndarray, np.ndarray]:
        """Sample points and Simpson weights (step included) for integrating over [lo, hi]."""
        points = np.linspace(lo, hi, _SIMPSON_INTERVALS + 1)
        weights = np.ones_like(points)
        weights[1:-1:2], weights[2:-1:2] = 4, 2
        return points, weights * (hi - lo) / (3 * _SIMPSON_INTERVALS)

    below, below_weights = simpson(0.0, threshold)
    above, above_weights = simpson(threshold, 1.0)
    best, best_error = (0, 0), float("inf")
    for bands in range(1, NUM_PERM + 1):
        for rows in range(1, NUM_PERM // bands + 1):
            false_positive = below_weights @ (1 - (1 - below**rows) ** bands)
            false_negative = above_weights @ ((1 - above**rows) ** bands)
            error = float(0.5 * false_positive + 0.5 * false_negative)
            if error < best_error:
                best, best_error = (bands, rows), error
    return best


_SIMPSON_INTERVALS = 2000


class NearDuplicateIndex:
    """Bodies in, near-duplicate pairs out, in memory (the archive keeps its index in SQLite)."""

    def __init__(self, threshold: float = DEFAULT_THRESHOLD) -> None:
        self.threshold = threshold
        try:
            from datasketch import MinHashLSH
        except ImportError as exc:  # an optional extra: the archive's own detection does not need it
            raise ArchiverError("NearDuplicateIndex needs datasketch: pip install 'archiver[similarity]'") from exc

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
