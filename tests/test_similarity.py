"""Shingling and near-duplicate detection (the ground work of republished-article clusters)."""

from archiver.demo.corpus import make_articles
from archiver.similarity import NearDuplicateIndex, clusters, jaccard, shingles

EN = make_articles(12, "en", seed=5)
ZH = make_articles(12, "zh", seed=5)


def test_shingles_by_script() -> None:
    assert shingles("The association held a meeting today") == {
        "the association held a meeting", "association held a meeting today"}
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
