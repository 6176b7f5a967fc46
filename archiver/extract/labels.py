"""Labelled metadata lines: ``Source:``, ``来源：``, ``Date:``, ``发布时间：`` ... and reprint phrases.

A line such as ``来源：新华网 作者：张三 发布时间：2024-11-22 浏览次数：12`` is split at
every label it holds; the value of a label runs to the next label. Counters (浏览次数,
Views) are labels too, so they are cut off and never leak into another field.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from archiver.normalize import CJK_CHAR, CJK_CHARS

# kind -> label words. English labels need a non-letter before them ("Update:" is no "Date:").
_CHINESE_LABELS: dict[str, tuple[str, ...]] = {
    "source": ("文章来源", "信息来源", "新闻来源", "来源", "稿源", "出处"),
    "author": (
        "本文作者",
        "原作者",  # Discuz: the article's author, beside 发布者 (the account that posted it)
        "作者",
        "撰稿人",
        "撰稿",
        "执笔人",  # a report's writers, signing it off ("执笔人：闵乐夫 赵兰波")
        "执笔",
        "撰文",
        "文字",
        "本报记者",
        "特约记者",
        "记者",
        "通讯员",
    ),
    "date": (
        # a portal of public notices labels its items' day as the information's ("信息发布时间：", Epoint's
        # government and trading-centre portals), as "信息来源" labels their source
        "信息发布时间",
        "信息发布日期",
        "发布时间",
        "发布日期",
        "发表时间",
        "发表日期",
        "上传时间",
        "添加时间",
        "发布于",
        "发表于",
        # Japanese: WordPress's ja translation and the themes after it label a post's day "投稿日:" (posted on)
        # or "公開日:" (published on)
        "投稿日",
        "公開日",
        "时间",
        "日期",
    ),
    "updated": ("更新时间", "修改时间", "更新于"),
    "keywords": ("关键词", "关键字", "标签"),
    "views": (
        "浏览次数",
        "浏览量",
        "阅读次数",
        "阅读量",
        "点击数",
        "点击量",
        "点击",
        "浏览",
        "阅读",
        "人气",
        "访问量",
        "查看",
    ),
    "comments": ("评论数", "评论", "回复数"),
    "translator": ("译者", "翻译", "译"),  # "周思博 (Joel Spolsky) 译： Chen Bin": the author's value ends there
    # the account that posted the page (Discuz's 发布者: admin): a label, so that its value is
    # cut off, but no author
    "poster": ("发布者", "发布人", "发帖人"),
    "editor": ("责任编辑", "责编", "编辑", "审核", "校对", "摄影", "图片"),
    "breadcrumb": ("当前位置", "您的位置", "您现在的位置", "所在位置", "位置"),
}
_ENGLISH_LABELS: dict[str, tuple[str, ...]] = {
    "source": ("Source", "From", "Origin"),
    "author": ("Author", "Authors", "Writer", "By", "Reporter", "Written by"),
    "date": ("Release Date", "Release Time", "Publish Date", "Publish Time", "Published", "Posted", "Date", "Time"),
    "updated": ("Updated", "Last Updated", "Modified"),
    "keywords": ("Keywords", "Keyword", "Tags"),
    "views": ("Views", "View", "Hits", "Clicks", "Reads", "Visits", "Page Views"),
    "editor": ("Editor", "Edited By", "Responsible Editor", "Photo"),
    "breadcrumb": ("Current Location", "Current Position", "Your Location", "Your Position", "Location"),
}

# The author's label in other languages: "Yazar: Semetey Coşkun" (Turkish), "Autor: …", "Auteur : …", "著者：…".
# Like the English words, a label only with its colon after it, and not inside a longer word. A hint that the
# value names the author: the name itself is read and judged by archiver.extract.authors as any other.
_OTHER_LANGUAGE_LABELS: dict[str, tuple[str, ...]] = {
    "author": (
        "Autor",  # German, Spanish, Portuguese, Polish, Czech
        "Autorin",
        "Autoren",
        "Autora",
        "Autores",
        "Autorka",
        "Verfasser",
        "Verfasst von",
        "Geschrieben von",
        "Auteur",  # French, Dutch
        "Auteurs",
        "Autrice",  # French, Italian
        "Écrit par",
        "Rédigé par",
        "Escrito por",
        "Autore",
        "Scritto da",
        "Geschreven door",
        "Yazar",  # Turkish
        "Yazan",
        "Автор",  # Russian, Ukrainian, Bulgarian
        "Tác giả",  # Vietnamese
        "Penulis",  # Indonesian, Malay
        "Författare",  # Swedish
        "Forfatter",  # Danish, Norwegian
        "Kirjoittaja",  # Finnish
        "Szerző",  # Hungarian
        "Συντάκτης",  # Greek
        "الكاتب",  # Arabic
        "نویسنده",  # Persian
        "著者",  # Japanese
        "筆者",
        "執筆者",
        "投稿者",
        "작성자",  # Korean
        "글쓴이",
        "저자",
    ),
}

# A date printed as a heading over its value, with no colon (Quarto's title block: a "Fecha de publicación" heading
# above "15 de enero de 2026"; a definition list's <dt>Published</dt><dd>…</dd>): the heading's words, lower-cased,
# in the languages such a block is localized to. Words that say "published", not a bare "Date" (an event's).
HEADING_DATE_LABELS = frozenset(
    {
        "published",
        "published on",
        "publication date",
        "date published",
        "posted on",
        "fecha de publicación",
        "publicado",
        "publicado el",
        "publicado em",
        "data de publicação",
        "date de publication",
        "publié le",
        "veröffentlicht",
        "veröffentlicht am",
        "veröffentlichungsdatum",
        "data di pubblicazione",
        "pubblicato il",
        "publicatiedatum",
        "gepubliceerd op",
        "data publikacji",
        "opublikowano",
    }
)


def _alternation(words: tuple[str, ...]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


# A school or county CMS may print its date label glued to the date, with no colon: "[发布时间2021年3月11日]".
# Only the labels that say "published"/"uploaded" (not the bare "时间"/"日期", words of running text), and only
# right before a year: "发布时间2021年…" is a label, "发布时间不详" is not.
_GLUED_DATE_LABELS = tuple(
    word for word in _CHINESE_LABELS["date"] if word.endswith(("时间", "日期")) and word not in ("时间", "日期")
)
_GLUED_DATE = r"(?=\s*(?:19|20)\d{2}\s*[-/.年])"
_LABEL_WORDS = [
    word
    for words in (
        *_CHINESE_LABELS.values(),
        *_ENGLISH_LABELS.values(),
        *_OTHER_LANGUAGE_LABELS.values(),
        _GLUED_DATE_LABELS,
    )
    for word in words
]
# Every label opens with one of these two characters (a one-character label, "译", with a blank or its colon
# next). The alternation of a hundred words is tried word by word at each position of a line; this test
# first turns away most positions at the cost of two character lookups (2-3x faster over a line), and
# changes no match: every alternative meets it.
_LABEL_OPENING = (
    f"(?=[{re.escape(''.join(sorted({word[0] for word in _LABEL_WORDS})))}]"
    f"[{re.escape(''.join(sorted({word[1] for word in _LABEL_WORDS if len(word) > 1})))}\\s:：])"
)
_LABEL = re.compile(
    _LABEL_OPENING
    + "(?:(?:"
    + "|".join(f"(?P<zh_{k}>{_alternation(v)})" for k, v in _CHINESE_LABELS.items())
    + "|(?<![A-Za-z])(?:"
    + "|".join(f"(?P<en_{k}>{_alternation(v)})" for k, v in _ENGLISH_LABELS.items())
    + r")|(?<![^\W\d_])(?:"
    + "|".join(f"(?P<xx_{k}>{_alternation(v)})" for k, v in _OTHER_LANGUAGE_LABELS.items())
    + r"))\s*[:：]"
    + f"|(?P<zhglued_date>{_alternation(_GLUED_DATE_LABELS)}){_GLUED_DATE})",
    re.IGNORECASE,
)
_GLUED = re.compile(f"(?:{_alternation(_GLUED_DATE_LABELS)}){_GLUED_DATE}")
# What a text that may hold a label holds: a colon, or a glued date label's words.
LABEL_TEXT = re.compile("|".join(re.escape(word) for word in (":", "：", *_GLUED_DATE_LABELS[2:])))
_LINE_MAX = 400
_VALUE_TRIM = " \t|｜/·•,，;；、[]【】()（）"
# What a line may open with before its label: separators and brackets, and blanks (re's \s is str.isspace()).
_OPENING_SEPARATORS = re.compile(rf"[{re.escape(_VALUE_TRIM)}\s]*")

# Reprint phrases: the organization follows them.
_REPRINT = re.compile(
    r"^(?:(?:this\s+article\s+(?:is\s+|was\s+)?)?(?:reprinted|reproduced|republished|transferred|"
    r"forwarded|excerpted|reposted|quoted)\s+(?:from|by)\s*(?:the\s+)?"
    r"|转载自|转载于|转自|转载|摘自|摘编自|选自|引自)\s*[:：]?\s*",
    re.IGNORECASE,
)
_SOURCE_NOISE = re.compile(r"^(?:the\s+)", re.IGNORECASE)


@dataclass(frozen=True)
class LabelHit:
    kind: str
    label: str
    value: str
    position: int  # offset of the label in its line


def _trimmed(raw: str) -> str:
    """``raw`` without separators and brackets around it, but a closing bracket whose opening one it
    keeps: ``周思博 (Joel Spolsky)`` stays whole, ``（袁源）`` loses both."""
    value = raw.strip(_VALUE_TRIM + " ")
    for opening, closing in (("(", ")"), ("（", "）")):
        if value.count(opening) > value.count(closing) and (value + closing) in raw:
            value += closing
    return value


def opens_line(hit: LabelHit, line: str) -> bool:
    """Whether ``hit`` (of ``parse_label_line(line)``) opens its line: nothing but brackets and separators
    before it ("【信息发布时间：2020-10-27】", as ``starts_with_label`` reads a line)."""
    return not line[: hit.position].strip(_VALUE_TRIM + " ")


def parse_label_line(line: str) -> list[LabelHit]:
    """Every label in ``line`` with its value; nothing for long lines (they are body text)."""
    if len(line) > _LINE_MAX or (":" not in line and "：" not in line and not _GLUED.search(line)):
        return []
    return list(_parse_label_line(line))


def opening_label(line: str) -> str | None:
    """The kind of the label that opens ``line`` (parse_label_line's first hit, where ``opens_line``), or None.

    One anchored match after the brackets and separators a line may open with ("【信息发布时间：…】"): a
    caller that weighs only a line's opening label (a page's meta lines) need not find every label of each
    line with a colon in it (a time, a title's "Part 2: …")."""
    if len(line) > _LINE_MAX or (":" not in line and "：" not in line and not _GLUED.search(line)):
        return None
    match = _LABEL.match(line, len(line) - len(line.lstrip(_VALUE_TRIM + " ")))
    if match is None:
        return None
    return _kind_of(match)


def opening_label_after_date(line: str) -> str | None:
    """``opening_label`` of the line, or of what follows the unlabelled date it opens with: a CMS's meta line
    ``2019-10-29 15:36:08 来源：广州自考网 点击：`` (PHPCMS, DedeCMS) labels its source after the day."""
    kind = opening_label(line)
    if kind is not None:
        return kind
    dated = _LEADING_DATE.match(line)
    return opening_label(line[dated.end() :]) if dated else None


def _kind_of(match: re.Match[str]) -> str:
    # _LABEL's only capturing groups are its named alternatives: the one that matched is the last.
    group = match.lastgroup or ""
    return group.split("_", 1)[1]


@lru_cache(maxsize=2048)
def _parse_label_line(line: str) -> tuple[LabelHit, ...]:
    """Cached: a page's label lines are parsed again for each nested element holding them."""
    matches = list(_LABEL.finditer(line))
    hits = []
    for index, match in enumerate(matches):
        end = matches[index + 1].start() if index + 1 < len(matches) else len(line)
        group = match.lastgroup or ""  # the one named alternative that matched (_kind_of)
        value = _trimmed(line[match.end() : end])
        hits.append(LabelHit(group.split("_", 1)[1], match.group(group), value, match.start()))
    return tuple(hits)


# A meta line may open with the date it gives unlabelled: ``2024-11-21 09:19 | 发布者: admin | 原作者: 陈杰``.
# Or its day and time alone (``02日14:25 作者：赵婕``: a CMS printing the month elsewhere, or nowhere).
_LEADING_DATE = re.compile(
    r"^\s*(?:(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?"
    r"|\d{1,2}\s*日\s*\d{1,2}:\d{2}(?::\d{2})?)"
)


@lru_cache(maxsize=2048)
def starts_with_label(line: str) -> bool:
    """The line opens with a label, or with an unlabelled date and then a label.

    Cached: an element holding nothing but one inline element (``<p><span>来源：…</span></p>``) gives
    the same line as it, and a third of a page's label lines are asked again so.
    """
    dated = _LEADING_DATE.match(line)
    start = dated.end() if dated else 0
    window = line[start : start + 40]
    # Every label opens with a word character that is no separator and no blank, so the first label of the
    # window opens the line only if it starts where the separators and blanks end: one anchored match there,
    # not a search at each of 40 positions (the label pattern is a long alternation, slow to try).
    match = _LABEL.match(window, _OPENING_SEPARATORS.match(window).end())  # type: ignore[union-attr]
    if match is not None:
        return not window[: match.start()].strip(_VALUE_TRIM).strip()  # and &nbsp;
    return _after_other_labels(line[start : start + _OTHER_LABELS_WINDOW])


# A meta line may open with labels of the site's own, before one we know: ``供稿单位：宣传部 作者：张三
# 发布时间：…`` (a school's "contributing office"), ``连载：… 出版社：… 作者：罗银胜`` (a serial's book and
# publisher). Each is a short Chinese label, its colon and a short value with no colon; the line is a label
# line when a label we know follows.
_OTHER_LABEL = re.compile(rf"\s*[{CJK_CHARS}]{{2,6}}\s*[:：]")
_OTHER_LABELS = re.compile(
    r"(?:[\s|｜/·•,，;；、\[\]【】()（）]*" rf"[{CJK_CHARS}]{{2,6}}" r"\s*[:：][^:：。！？!?]{0,24}?)+"
)
_OTHER_LABELS_WINDOW = 80


def _after_other_labels(window: str) -> bool:
    if not _OTHER_LABEL.match(window):
        return False
    for match in _LABEL.finditer(window):
        if match.start() == 0:
            continue
        if CJK_CHAR.match(window, match.start() - 1):
            return False  # "…文件开始位置：gg": a word ending in a label's characters ("位置"), no label
        before = _OTHER_LABELS.fullmatch(window, 0, match.start())
        return before is not None and before.group().strip() != ""
    return False


@dataclass(frozen=True)
class Source:
    name: str | None
    raw: str | None
    reprinted: bool


def parse_source(raw: str | None) -> Source:
    """``Reprinted from the All-China Federation of Trade Unions`` -> the organization, reprinted.

    Without a reprint phrase the source is taken as given and ``reprinted`` is False.
    """
    raw = (raw or "").strip(_VALUE_TRIM + " ")
    if not raw:
        return Source(None, None, False)
    match = _REPRINT.match(raw)
    name = raw[match.end() :] if match else raw
    name = _SOURCE_NOISE.sub("", name).strip(_VALUE_TRIM + ".。 ")
    return Source(name or None, raw, bool(match))


_EMPTY_AUTHOR = frozenset({"", "-", "--", "—", "/", "无", "暂无", "未知", "n/a", "none", "null", "unknown"})


# Counters a blog writes after the author without a colon: "zboygirl 阅读(1660) 评论(5) 编辑".
_TRAILING_COUNTERS = re.compile(r"\s+(?:阅读|评论|浏览|点击|引用|收藏)\s*[（(]\s*\d+\s*[)）].*$")
_MARKUP_RESIDUE = re.compile(r"[=<>\"{}]")  # 作者： size="20": a broken tag's attribute, no name


def clean_author(value: str | None) -> str | None:
    value = _trimmed(_TRAILING_COUNTERS.sub("", _trimmed(value or "")))
    if value.lower() in _EMPTY_AUTHOR or _MARKUP_RESIDUE.search(value):
        return None
    return value


_KEYWORD_SPLIT = re.compile(r"\s*[,，、;；|｜/]\s*")


def split_keywords(value: str | None) -> list[str]:
    value = (value or "").strip(_VALUE_TRIM + " ")
    if not value:
        return []
    parts = _KEYWORD_SPLIT.split(value)
    if len(parts) == 1 and CJK_CHAR.search(value):
        parts = value.split()
    seen: dict[str, None] = {}
    for part in parts:
        part = part.strip(_VALUE_TRIM + " ")
        if part:
            seen.setdefault(part, None)
    return list(seen)
