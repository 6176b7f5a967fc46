"""Shingling and near-duplicate detection (the ground work of republished-article clusters)."""

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from archiver.demo.corpus import make_articles
from archiver.republished.similarity import NearDuplicateIndex, clusters, jaccard, shingles

EN = make_articles(12, "en", seed=5)
ZH = make_articles(12, "zh", seed=5)


def test_shingles_by_script() -> None:
    assert shingles("The association held a meeting today") == {
        "the association held a meeting",
        "association held a meeting today",
    }
    assert shingles("昆明市，保安协会") == {"昆明市保", "明市保安", "市保安协", "保安协会"}
    assert shingles("") == set()


def edited(text: str) -> str:
    paragraphs = text.split("\n\n")
    return "\n\n".join([*paragraphs[:-1], paragraphs[-1] + " 编者按：有删节。 Editor's note: abridged."])


def test_copies_with_edits_are_near_duplicates() -> None:
    for article in (EN[0], ZH[0]):
        assert jaccard(shingles(article.body), shingles(edited(article.body))) > 0.8


def test_an_article_and_its_translation_share_nothing() -> None:
    assert jaccard(shingles(EN[0].body), shingles(ZH[0].body)) == 0.0


def test_index_finds_the_pairs_and_only_them() -> None:
    index = NearDuplicateIndex()
    found = []
    for article in EN + ZH:
        for other, score in index.add(article.article_id + article.language, article.body):
            found.append((article.article_id + article.language, other, score))
    copies = [(f"copy-{a.language}-{a.article_id}", a) for a in (EN[3], ZH[7])]
    for key, article in copies:
        for other, score in index.add(key, edited(article.body)):
            found.append((key, other, score))
    pairs = {(a, b) for a, b, _ in found}
    assert pairs == {(copies[0][0], EN[3].article_id + "en"), (copies[1][0], ZH[7].article_id + "zh")}
    assert all(score > 0.7 for *_, score in found)


def test_clusters_are_connected_components() -> None:
    assert clusters([("a", "b"), ("b", "c"), ("x", "y")]) == [{"a", "b", "c"}, {"x", "y"}]
    assert clusters([]) == []


def test_minhash_values_are_datasketchs() -> None:
    """Signatures are computed without datasketch (it loads scipy); stored values must be its, bit for bit."""
    import random

    from datasketch import MinHash

    from archiver.republished.similarity import NUM_PERM, _crc32, minhash_values

    rng = random.Random(3)
    for size in (0, 1, 7, 300):
        shingle_set = {"".join(rng.choice("abc 中文字x") for _ in range(6)) for _ in range(size)}
        reference = MinHash(num_perm=NUM_PERM, seed=1, hashfunc=_crc32, scheme="affine32")
        reference.update_batch([s.encode("utf-8") for s in shingle_set])
        assert minhash_values(shingle_set).tolist() == reference.hashvalues.astype("uint64").tolist()


def test_lsh_params_are_datasketchs_choice() -> None:
    """The (bands, rows) split matches what datasketch's MinHashLSH would pick at every threshold."""
    from datasketch.lsh import _optimal_param

    from archiver.republished.similarity import NUM_PERM, lsh_params

    for percent in range(5, 100, 5):
        threshold = percent / 100
        assert lsh_params(threshold) == _optimal_param(threshold, NUM_PERM, 0.5, 0.5), threshold


def test_near_duplicate_index_accepts_our_signatures() -> None:
    index = NearDuplicateIndex(threshold=0.5)
    assert index.add("a", EN[0].body) == []
    found = index.add("b", edited(EN[0].body))
    assert [key for key, _ in found] == ["a"]


def test_stored_signatures_compare_as_signatures_do() -> None:
    """The run's end compares stored signatures without numpy: the same similarity, to the last bit."""
    from archiver.republished.similarity import Signature, stored_similarity

    words = [f"word{n}" for n in range(60)]
    texts = [" ".join(words[i : i + 40]) for i in range(0, 20, 3)]
    signatures = [Signature.of(text)[0] for text in texts]
    assert all(signatures)
    for first in signatures:
        for second in signatures:
            assert first and second
            assert stored_similarity(first.to_bytes(), second.to_bytes()) == first.similarity(second)
    assert 0 < stored_similarity(signatures[0].to_bytes(), signatures[1].to_bytes()) < 1


def _reference_shingles(text: str) -> set[str]:
    """The shingling rule written plainly, one word and one slice at a time (``shingles`` is the fast form)."""
    cjk = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
    cjk_or_digit = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff0-9]")
    result: set[str] = set()
    words = [w.lower() for w in re.findall(r"[A-Za-z0-9]+", text)]
    chinese = len(cjk.findall(text)) > len(words)
    if chinese:
        words = [w for w in words if re.search(r"[A-Za-z]", w)]
    if len(words) >= 5:
        result.update(" ".join(words[i : i + 5]) for i in range(len(words) - 4))
    elif words:
        result.add(" ".join(words))
    chars = "".join((cjk_or_digit if chinese else cjk).findall(text))
    if len(chars) >= 4:
        result.update(chars[i : i + 4] for i in range(len(chars) - 3))
    elif chars:
        result.add(chars)
    return result


# Latin and Chinese text, digits, blanks, punctuation, and letters that lower to ASCII (the Kelvin
# sign, dotted capital I) which must not become words.
_MIXED = st.text(alphabet=st.sampled_from(list("abcXYZ019 .,\n\u212a\u0130中文字会议人数")), max_size=200)


@settings(max_examples=300, deadline=None)
@given(_MIXED)
def test_shingles_follow_the_plain_rule(text: str) -> None:
    assert shingles(text) == _reference_shingles(text)


def test_shingles_of_articles_follow_the_plain_rule() -> None:
    for article in EN + ZH:
        assert shingles(article.body) == _reference_shingles(article.body)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("abcXYZ019 .,\n-")), max_size=200))
def test_shingles_of_ascii_text_follow_the_plain_rule(text: str) -> None:
    """An ASCII text skips the scan for Chinese characters: the same shingles as the rule as written."""
    assert shingles(text) == _reference_shingles(text)
