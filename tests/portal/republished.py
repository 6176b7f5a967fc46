"""Two portals that republish each other's articles: the ground truth of near-duplicate detection.

``origin``: an English federation site (modern theme) whose articles are originals.
``portal``: a Chinese GBK association site (gov theme) that carries, besides its own articles,
- edited reprints of origin articles ("Reprinted from the All-China Federation of Trade Unions"),
- edited reprints of its own articles under new URLs, marked 转载自…,
- exact duplicates of its own articles under a second URL, in another category,
- pairs of reprints of an article neither site has (both 转载自人民网: no original archived),
- English translations of its own articles and a Chinese translation of an origin article,
  which are *not* duplicates.
Copies are edited as reposting sites do: a changed title, words or characters swapped in a
paragraph, a paragraph dropped, an editor's note added.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field, replace
from datetime import timedelta
from itertools import combinations

from archiver.demo.corpus import ArticleSpec, make_articles
from tests.portal.site import PortalFixture, build_portal, render

ORIGIN_NAME = "All-China Federation of Trade Unions"
_AVOID = {3, 5, 7, 9}  # the base portal's fault pages (flaky, malformed, charset, moved)


@dataclass
class Republished:
    origin: PortalFixture
    portal: PortalFixture
    groups: list[list[str]] = field(default_factory=list)  # URLs that are copies of one another
    originals: dict[int, set[str | None]] = field(default_factory=dict)  # group index -> acceptable originals
    translations: list[tuple[str, str]] = field(default_factory=list)  # (article, its translation)

    def true_pairs(self) -> set[frozenset[str]]:
        return {frozenset(pair) for group in self.groups for pair in combinations(group, 2)}

    def close(self) -> None:
        self.origin.close()
        self.portal.close()


def _edit_words(text: str, rng: random.Random, zh: bool) -> str:
    if zh:
        chars = list(text)
        for _ in range(3):
            index = rng.randrange(len(chars))
            if "\u4e00" <= chars[index] <= "\u9fff":
                chars[index] = rng.choice("某该本此其")
        return "".join(chars)
    words = text.split(" ")
    for _ in range(3):
        words[rng.randrange(len(words))] = rng.choice(["local", "several", "recently", "further"])
    return " ".join(words)


def edited_copy(
    article: ArticleSpec, new_id: str, rng: random.Random, source_raw: str | None, source: str | None, hours_later: int
) -> ArticleSpec:
    """A reposted copy: new title, a paragraph reworded, maybe one dropped, an editor's note."""
    zh = article.language == "zh"
    paragraphs = list(article.paragraphs)
    paragraphs[0] = _edit_words(paragraphs[0], rng, zh)
    if len(paragraphs) >= 5:
        del paragraphs[rng.randrange(1, len(paragraphs))]
    paragraphs.append("（编者按：本文有删节。）" if zh else "Editor's note: this article has been abridged.")
    title = f"{article.title}（转载）" if zh else f"Reprint: {article.title}"
    return replace(
        article,
        article_id=new_id,
        title=title,
        paragraphs=paragraphs,
        source_raw=source_raw,
        source=source,
        reprinted=source_raw is not None and source is not None,
        published=article.published + timedelta(hours=hours_later),
        categories=[],
    )


def _new_id(article: ArticleSpec, offset: int) -> str:
    return str(int(article.article_id) + offset)  # themes key URLs on the last digits


def build_republished(seed: int = 41) -> Republished:
    rng = random.Random(seed)
    origin = build_portal("modern", count=12, seed=seed)
    origin.theme.site = ORIGIN_NAME
    for article in origin.articles:  # the federation's own articles
        article.source_raw, article.source, article.reprinted = ORIGIN_NAME, ORIGIN_NAME, False
    portal = build_portal("gov", count=36, seed=seed + 1)
    keys = [k for k, _ in portal.categories]
    own = [a for i, a in enumerate(portal.articles) if i not in _AVOID]
    for article in own:
        if article.reprinted:  # the site's own articles, unmarked; copies below are the marked ones
            article.source_raw, article.source, article.reprinted = "本会", "本会", False
    world = Republished(origin, portal)
    extra: list[ArticleSpec] = []

    def place(copy: ArticleSpec, index: int) -> ArticleSpec:
        copy.categories = [keys[index % len(keys)]]
        extra.append(copy)
        return copy

    # 1. Reprints of federation articles, in English, on the association site (named source).
    for index, original in enumerate(origin.articles[:4]):
        copy = place(
            edited_copy(
                original,
                _new_id(original, 3_000_001 + index * 11),
                rng,
                f"Reprinted from the {ORIGIN_NAME}",
                ORIGIN_NAME,
                30,
            ),
            index,
        )
        world.groups.append([origin.article_url(original), "COPY:" + copy.article_id])
        world.originals[len(world.groups) - 1] = {origin.article_url(original)}
    # 2. Edited reprints of the association's own articles, marked, under new URLs.
    for index, original in enumerate(own[:6]):
        copy = place(
            edited_copy(original, _new_id(original, 3_100_003 + index * 13), rng, "转载自新华网", "新华网", 20),
            index + 1,
        )
        world.groups.append([portal.article_url(original), "COPY:" + copy.article_id])
        world.originals[len(world.groups) - 1] = {portal.article_url(original)}
    # 3. The same article under a second URL, in another category, unmarked and unedited.
    for index, original in enumerate(own[6:9]):
        twin = place(replace(original, article_id=_new_id(original, 3_200_007 + index * 17)), index + 2)
        world.groups.append([portal.article_url(original), "COPY:" + twin.article_id])
        # Same text, same date, both unmarked and first seen in one crawl: nothing tells them apart.
        world.originals[len(world.groups) - 1] = {portal.article_url(original), "COPY:" + twin.article_id}
    # 4. Two reprints of an article neither site has: no original in the archive.
    outside = make_articles(2, "zh", seed=seed + 7, start=own[0].published)
    for index, article in enumerate(outside):
        first = place(
            replace(
                article,
                article_id=_new_id(own[9 + index], 3_300_011),
                source_raw="转载自人民网",
                source="人民网",
                reprinted=True,
            ),
            index,
        )
        second = place(
            edited_copy(article, _new_id(own[9 + index], 3_400_013), rng, "转载自人民网", "人民网", 5), index + 1
        )
        world.groups.append(["COPY:" + first.article_id, "COPY:" + second.article_id])
        world.originals[len(world.groups) - 1] = {None}
    # 5. Translations: English versions of association articles, a Chinese one of a federation article.
    english = make_articles(3, "en", seed=seed + 9, translated=True)
    chinese = make_articles(3, "zh", seed=seed + 9, translated=True)
    for index, (en, zh) in enumerate(zip(english, chinese, strict=True)):
        zh = place(replace(zh, article_id=_new_id(own[12 + index], 3_500_017)), index)
        en = place(replace(en, article_id=_new_id(own[12 + index], 3_600_019)), index + 1)
        world.translations.append(("COPY:" + zh.article_id, "COPY:" + en.article_id))
    portal.articles.extend(extra)
    render(portal)
    render(origin)
    resolve = {"COPY:" + a.article_id: portal.article_url(a) for a in extra}
    world.groups = [[resolve.get(url, url) for url in group] for group in world.groups]
    world.translations = [(resolve[a], resolve[b]) for a, b in world.translations]
    world.originals = {
        index: {resolve.get(url, url) if url else None for url in urls} for index, urls in world.originals.items()
    }
    return world
