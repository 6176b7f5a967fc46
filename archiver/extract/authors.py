"""Author names out of the many ways pages give them: ``By X and Y``, ``记者 伊琳 李清芬``, ``文/张三``.

Everything here is about text already located (a meta value, a byline element's text, a
short line near the title); where to look is decided in ``article.py``. Names are
validated so that a site or publisher name, a URL, a date or a sentence never passes
for a person.
"""

from __future__ import annotations

import re
from collections.abc import Set

from archiver.extract.labels import parse_label_line
from archiver.normalize import CJK_CHARS, day_first_date, normalize_space, word_month_date

_CJK = CJK_CHARS
# 2-4 characters, or a transliterated name with a middle dot (阿依古丽·买买提)
_CJK_NAME = re.compile(rf"^(?:[{_CJK}]{{2,4}}|[{_CJK}]{{1,8}}[·•][{_CJK}]{{1,8}})$")
# Organizations, not people: 新华社, 人民网, 市住建局, 学生社团联合会 ...
_ORGANIZATION_END = re.compile(
    r"(?:网|网络|传媒|科技|报|社|局|部|委|厅|办|署|院|所|站|台|中心|协会|公司|集团|"
    r"大学|学院|学校|政府|新闻|日报|晚报|编辑部|联合会|委员会|工作室)$"
)
_HAS_CJK = re.compile(rf"[{_CJK}]")
_BY_PREFIX = re.compile(
    r"^(?:by|von|par|por|door|di|av|written\s+by|posted\s+by|submitted\s+by|story\s+by|words\s+by)"
    r"(?=[\s:：])[\s:：]*",
    re.IGNORECASE,
)
# "and" in English, German, French, Spanish, Danish/Norwegian and Swedish bylines
_NAME_SEPARATORS = re.compile(r"\s*(?:,|，|、|;|；|&|\band\b|\bund\b|\bet\b|\by\b|\bog\b|\boch\b)\s*")
# A role after a name: "Jane Doe, Staff Writer", "张三 报道", "蔡雪婧/摄".
_TRAILING_ROLE = re.compile(rf"\s*[/／]?\s*(?:报道|摄影|摄|整理|供图|撰文|编辑|综合|发自[{_CJK}]*)$")
_ROLE_WORDS = frozenset(
    {
        "staff",
        "writer",
        "reporter",
        "correspondent",
        "editor",
        "contributor",
        "columnist",
        "photographer",
        "staff writer",
        "senior writer",
        "news",
        "team",
        "editorial",
        "desk",
        "admin",
        "administrator",
        "guest",
        "anonymous",
        "author",
        "authors",
        "unknown",
        "none",
        # the links beside a byline name
        "twitter",
        "facebook",
        "instagram",
        "linkedin",
        "email",
        "e-mail",
        "mail",
        "follow",
        "bluesky",
        "mastodon",
        "rss",
        "profile",
    }
)
_PARTICLES = frozenset(
    {
        "van",
        "von",
        "der",
        "den",
        "de",
        "del",
        "della",
        "di",
        "da",
        "du",
        "le",
        "la",
        "bin",
        "binti",
        "al",
        "el",
        "ter",
        "ten",
        "y",
        "e",
        "zu",
    }
)
_NOT_FIRST_WORDS = frozenset(
    {
        "the",
        "a",
        "an",
        "this",
        "that",
        "these",
        "our",
        "by",
        "in",
        "on",
        "at",
        "for",
        "with",
        "from",
        "and",
        "or",
        "but",
        "if",
        "when",
        "after",
        "before",
        "updated",
        "published",
        "posted",
        "share",
        "read",
        "more",
        "photo",
        "image",
        "video",
    }
)
_NOT_A_NAME = re.compile(r"https?://|www\.|\.(?:com|cn|org|net|gov)\b|@|\d{2,}|[<>{}\[\]|]", re.IGNORECASE)
_LATIN_WORD = re.compile(r"^[^\W\d_][\w'’.\-]*$", re.UNICODE)
_NICKNAME = re.compile(r"^(?:(['\"‘“])[^\W\d_][\w.\-]*['\"’”]|\([^\W\d_][\w.\-]*\))$")

# ``记者 伊琳 李清芬``, ``本报记者 张三``, ``文/张三``, ``作者 张三``: a label without a colon.
_ZH_AUTHOR_LABELS = "本文作者|特约记者|本报记者|本台记者|见习记者|实习记者|记者|作者|撰稿|撰文|通讯员"
# The outlet before the label: 本报记者, 光明日报记者 王建宏 张文攀, 央视网记者, 新华社记者.
_ZH_OUTLET = rf"(?:本报|本刊|本网|本台|[{_CJK}·]{{1,10}}(?:报|社|网|台|刊|新闻|频道|客户端))"
_ZH_LINE = re.compile(rf"^{_ZH_OUTLET}?(?P<label>{_ZH_AUTHOR_LABELS})\s*[/／]?\s*(?P<names>.+)$")
_ZH_SLASH_LINE = re.compile(r"^(?P<label>文|图|文字|图片|摄影)\s*[/／|｜]\s*(?P<names>.+)$")
_ZH_LABEL_SPLIT = re.compile(rf"\s*(?:{_ZH_AUTHOR_LABELS})\s*")
# The label alone, or before the name with a space (``作者 夏亚``): the label a byline prints, not a name,
# though two Han characters look like one (``作者``).
# The other credits a Chinese byline prints after the author's (``作者 夏亚 译者 Mudern``, ``采访者 … 受访者 …``)
ZH_OTHER_CREDITS = "译者|翻译|编辑|责编|责任编辑|校对|审核|摄影|采访者|受访者"
ZH_AUTHOR_LABELS = _ZH_AUTHOR_LABELS
_ZH_LABEL_WORDS = frozenset(_ZH_AUTHOR_LABELS.split("|")) | frozenset(ZH_OTHER_CREDITS.split("|"))
_ZH_LABEL_BEFORE = re.compile(rf"^(?:{_ZH_AUTHOR_LABELS})\s+")
# The separators between a byline's fields ("Jane Doe | March 3", "April 2023 · Broomhill"), but not a
# transliterated foreign name's middle dot (阿依古丽·买买提, 本斯·平特尔): between two Han characters.
_BYLINE_FIELD_SEPARATOR = re.compile(rf"\s*(?:[|–—]|(?<![{_CJK}])[•·]|[•·](?![{_CJK}]))\s*|\s+[•·]\s+|\s+-\s+")
# A foreign name given in Han characters, then as its owner writes it: 苏·伯克(Sue Burke), 安德鲁·内特（Andrew Nette）
_TRANSLITERATED = re.compile(rf"^(?P<han>[{_CJK}·•]{{2,17}})\s*[(（](?P<original>[^()（）]{{2,40}})[)）]$")
# ``José Filho (Zé)``: a name and, in brackets after it, the one word the person goes by. The byline prints both
# as the person's name; a role in brackets (``Jane Doe (Editor)``) is no nickname.
# An account handle in brackets after a name ("Kazuki Okamoto (@kakkun61)"): the person's account, not a name part.
_HANDLE_AFTER_NAME = re.compile(r"(?<=[^\s(（])\s*[(（]\s*@[\w.\-]{1,40}\s*[)）]$")
_WITH_NICKNAME = re.compile(r"^(?P<name>[^()]+?)\s+\((?P<nickname>[^\W\d_][\w.'’\-]*)\)$")
# ``本报讯（记者 张三 李四）``: the reporter's credit at the head of the first paragraph.
_ZH_DATELINE = re.compile(rf"^[^（(]{{0,24}}[（(]\s*(?:{_ZH_AUTHOR_LABELS})\s*(?P<names>[^）)]{{2,30}})[）)]")


_HANDLE = re.compile(r"^[\w.\-]{2,40}$")


def is_by_prefix(word: str) -> bool:
    """``By``, ``Von``, ``Posted by`` alone: the word before a byline's name, not a name."""
    return bool(_BY_PREFIX.match(normalize_space(word) + " ")) and not _BY_PREFIX.sub("", word + " ").strip()


def is_account_handle(value: str) -> bool:
    """One word a site's account could be named (``takenobu.hs``, ``cqqqwq``): letters with digits, dots, dashes
    or underscores, no blank; not a role ("admin", "editor") nor a number."""
    return bool(
        _HANDLE.match(value)
        and re.search(r"[^\W\d_]", value)
        and value.lower() not in _ROLE_WORDS
        and "admin" not in value.lower()
    )


def is_handle_or_name(value: str) -> bool:
    """A person's name or an account handle (``cqqqwq``, ``0Kelvins``): no URL, role word or sentence."""
    if not re.search(r"[^\W\d_]", value) or value.lower() in _ROLE_WORDS or "://" in value or "@" in value:
        return False
    if value in _ZH_LABEL_WORDS or value.endswith((":", "：")):
        return False  # 作者, "作者：", "Author:": the label, where the name it stands before is missing
    if _HANDLE.match(value):
        return True
    return not _NOT_A_NAME.search(value) and len(value.split()) <= 5 and len(value) <= 60


_BYLINE_VALUE_LENGTH = 100  # characters: a byline with a role ("Jane Doe, Secretary of the Club"), not a sentence
_ACCOUNT = re.compile(r"admin|webmaster", re.IGNORECASE)
_INNER_BY = re.compile(r"\bby\s", re.IGNORECASE)  # not "von": a name particle too (Ursula von der Leyen)


# A credit written as "role：value" in a byline element ("供稿：通讯员 林超群", "摄影、报道：王荣伟",
# "来源：新华网"): role words of up to six Han characters, joined by 、 or /, then a colon. The next credit
# in the same element ("… 摄影：吴新望") ends the value.
_CREDIT = re.compile(rf"^(?P<roles>[{_CJK}]{{1,6}}(?:[、/][{_CJK}]{{1,6}})*)\s*[:：]\s*(?P<value>.*)$")
_NEXT_CREDIT = re.compile(rf"\s+[{_CJK}]{{1,6}}(?:[、/][{_CJK}]{{1,6}})*\s*[:：]")
# The roles that make the credited the text's writers: written, reported, contributed by. A source (来源, 转自),
# a photographer (摄影), an editor (编辑) or a proof-reader is credited too, but wrote nothing of the text.
_WRITING_ROLES = frozenset(
    {"作者", "文", "文字", "撰文", "撰稿", "供稿", "报道", "采写", "采访", "执笔", "整理", "记者", "通讯员", "本报记者"}
)
# A reporter's or a correspondent's title before the names ("通讯员 林超群"): who they are, no part of a name.
_WRITER_TITLE = re.compile(r"^(?:本报记者|特约记者|见习记者|实习记者|记者|特约通讯员|通讯员)\s*")


def credited_writers(text: str) -> tuple[bool, str | None]:
    """(whether ``text`` is a labelled credit, the writers it names as written, else None).

    ``供稿：通讯员 林超群`` -> (True, "林超群"); ``摄影、报道：王荣伟`` -> (True, "王荣伟");
    ``供稿：练冬雯、张莉莉 摄影：吴新望`` -> (True, "练冬雯、张莉莉"); ``来源：新华网``, ``Source: …`` and
    ``摄影：吴新望`` -> (True, None): a source or a photographer, no writer; ``张三`` -> (False, None): no
    credit label, the name rules read it."""
    text = normalize_space(text)
    hits = parse_label_line(text)
    if hits and hits[0].position == 0 and hits[0].kind == "source":
        return True, None  # "来源：新华网", "Source: The Amity Foundation"
    found = _CREDIT.match(text)
    if not found:
        return False, None
    roles = re.split(r"[、/]", found.group("roles"))
    if not any(role in _WRITING_ROLES for role in roles):
        return True, None
    value = _NEXT_CREDIT.split(found.group("value"), maxsplit=1)[0]
    value = _WRITER_TITLE.sub("", value).strip(" ，,;；|")
    return True, value or None


def is_byline_value(value: str) -> bool:
    """A byline as a page's data gives it and its meta line prints it, whoever it names: a person, an
    organisation, the site itself, a name with its role. Not a URL, an e-mail, an account (``admin``)
    or only role words ("Staff Writer"), nor a byline phrase ("Analysis by …")."""
    if not re.search(r"[^\W\d_]", value) or len(value) > _BYLINE_VALUE_LENGTH:
        return False
    if value.endswith((":", "：")) or value in _ZH_LABEL_WORDS:
        return False  # "作者：", "Author:": the label alone, its name missing
    if re.search(r"https?://|www\.|@|[<>{}\[\]]", value) or _ACCOUNT.search(value):
        return False
    if _INNER_BY.search(value):
        return False  # "Analysis by Jane Doe, Editor": a byline phrase, which the byline rules read
    return not all(word.strip(".,:;") in _ROLE_WORDS for word in value.lower().split())


# A host name ("mdr.de", "51offer.com"): the site, not a person's account
_DOMAIN = re.compile(r"\.[a-z]{2,6}$", re.IGNORECASE)


def author_meta_handle(value: str, site_names: Set[str] = frozenset()) -> str | None:
    """One account handle in an author-specific ``<meta>`` (``taoky``, ``_Kerman``, ``tiankaima``): the
    author, though no name rule reads it as a person's. None for a site's name or host, an organisation,
    a role ("admin", "editor"), a number-like id (``L_104485``) or more than one word."""
    value = normalize_space(value)
    if not _HANDLE.match(value) or _DOMAIN.search(value):
        return None
    lowered = value.lower()
    if any(lowered == site or lowered in re.split(r"[\W_]+", site) for site in site_names):
        return None  # "gto" on gto-normativy.ru: a word of the site's own name
    if "admin" in value.lower() or _BY_PREFIX.match(value + " "):
        return None  # "jdadmin": the account that posted the page, not its writer
    if _HAS_CJK.search(value) and _ORGANIZATION_END.search(value):
        return None  # 大汉网络: a company
    return value if is_handle_or_name(value) and not _NOT_A_NAME.search(value) else None


def is_person_name(name: str, site_names: Set[str] = frozenset()) -> bool:
    """A person's name, not a site, a publisher, a URL, a date, a role or a sentence."""
    lowered = name.lower()
    if not name or len(name) > 60 or _NOT_A_NAME.search(name) or lowered in _ROLE_WORDS:
        return False
    if any(site and (lowered == site or (len(site) >= 4 and site in lowered)) for site in site_names):
        return False
    with_nickname = _WITH_NICKNAME.match(name)
    if with_nickname:
        nickname = with_nickname.group("nickname")
        return (
            nickname[0].isupper()
            and nickname.lower() not in _ROLE_WORDS
            and is_person_name(with_nickname.group("name"), site_names)
        )
    transliterated = _TRANSLITERATED.match(name)
    if transliterated:
        han, original = transliterated.group("han"), transliterated.group("original")
        return is_person_name(han, site_names) and is_person_name(original, site_names)
    if _HAS_CJK.search(name):
        compact = name.replace(" ", "")
        if compact in _ZH_LABEL_WORDS:
            return False  # 作者, 记者: a byline's label
        return bool(_CJK_NAME.match(compact)) and not _ORGANIZATION_END.search(compact)
    words = name.split()
    if len(words) == 1 and _BY_PREFIX.match(name + " "):
        return False  # "Von" alone: a byline's prefix whose name is elsewhere
    # A nickname in quotes or brackets between the names: "Mike 'MJ' Johnson", "Xiu-Zhe (Roger) Luo".
    words = [w[1:-1] if 0 < i < len(words) - 1 and _NICKNAME.match(w) else w for i, w in enumerate(words)]
    # Every word capitalized but name particles: "Jane van der Berg", not "The council will meet".
    return (
        1 <= len(words) <= 5
        and all(_LATIN_WORD.match(w) for w in words)
        and all(w[0].isupper() or w.lower() in _PARTICLES for w in words)
        and words[0].lower() not in _NOT_FIRST_WORDS
    )


# Lower-case words that end a phrase, never a name's middle part ("Meeting of members", "Notes for the board").
_PHRASE_WORDS = _NOT_FIRST_WORDS | frozenset(
    {"of", "to", "is", "are", "was", "were", "be", "as", "it", "its", "via", "min", "ago", "new", "all", "not"}
)


def is_placed_name(name: str, site_names: Set[str] = frozenset()) -> bool:
    """A person's name where the line's place says byline (the part after the date's dash under the headline):
    a name of three to five words whose first and last are capitalised, its lower-case words between them parts
    of the name ("Krishna kumar Shrestha", "Ana maria Souza"), not words of a phrase ("Meeting of Members").
    Elsewhere only the known particles (van, de, bin) may be lower-case."""
    words = normalize_space(name).split()
    if is_person_name(name, site_names):
        return True
    if not 3 <= len(words) <= 5 or not is_person_name(f"{words[0]} {words[-1]}", site_names):
        return False
    middle = words[1:-1]
    return all(
        _LATIN_WORD.match(w) and (w[0].isupper() or (w.isalpha() and w.lower() not in _PHRASE_WORDS)) for w in middle
    ) and not any(site and site in name.lower() for site in site_names if len(site) >= 4)


# "et al." closing a list of names: the others, no one named ("al" alone would pass as a name's particle)
_ET_AL = re.compile(r"[,;]?\s*\bet\s+al\b\.?\s*$", re.IGNORECASE)


def split_names(text: str, site_names: Set[str] = frozenset()) -> list[str]:
    """The names in ``text`` in order; [] when any part is not a name (a line, not a byline)."""
    text = _ET_AL.sub("", _BY_PREFIX.sub("", normalize_space(text))).strip(" .,:：;-–—|")
    if not text or text.lower() in site_names:  # the site's own name, before it is split
        return []
    names: list[str] = []
    for part in _NAME_SEPARATORS.split(text):
        # "Kazuki Okamoto (@kakkun61)", "Yuji Yamamoto(@igrep)": the name, then the person's account handle
        part = _HANDLE_AFTER_NAME.sub("", part).strip(" .,:：;-–—")
        if not _TRANSLITERATED.match(part) and not _WITH_NICKNAME.match(part):
            part = part.strip("()（）")  # 苏·伯克(Sue Burke) and José Filho (Zé) keep what they close with
        part = _ZH_LABEL_BEFORE.sub("", _TRAILING_ROLE.sub("", part).strip())
        if not part or part.lower() in _ROLE_WORDS or all(w in _ROLE_WORDS for w in part.lower().split()):
            continue  # a role ("Staff Writer"), or the links beside a name ("Twitter Facebook")
        chunks = part.split()
        # 伊琳 李清芬: Chinese names separated by spaces
        candidates = chunks if len(chunks) > 1 and all(_CJK_NAME.match(c) for c in chunks) else [part]
        for candidate in candidates:
            if not is_person_name(candidate, site_names):
                return []
            if _HAS_CJK.search(candidate) and not _TRANSLITERATED.match(candidate):
                candidate = candidate.replace(" ", "")  # 赵 培: a two-character name spaced out to width
            if candidate not in names:
                names.append(candidate)
    return names


def names_from_byline(text: str, site_names: Set[str] = frozenset()) -> list[str]:
    """Names in a byline element's text: ``By Jane Doe | March 3, 2024``, ``Author: X Date: Y``."""
    text = normalize_space(text)
    if not text or len(text) > 200:
        return []
    hits = parse_label_line(text)
    if hits and hits[0].position == 0:
        author = next((h for h in hits if h.kind == "author"), None)
        return split_names(author.value, site_names) if author else []
    for segment in _BYLINE_FIELD_SEPARATOR.split(text):
        names = split_names(re.sub(r"\s*\b(?:on|at|updated|published)\b.*$", "", segment, flags=re.I), site_names)
        if names:
            return names
    return []


def _before_date(segment: str) -> str:
    """``segment`` up to the date it goes on to, without the short lower-case word that leads to it: "Par
    Tony le 22 Septembre 2018" -> "Par Tony", "Von Anna am 3. Mai 2019" -> "Von Anna". A name ends in a
    capitalised word; the word before a date is a preposition in any language (le, am, el, pada). A number that
    is no date stays ("by Games 2026")."""
    if not _HAS_DIGIT.search(segment):
        return segment
    dates = (word_month_date(segment), day_first_date(segment), _NUMERIC_DATE.search(segment))
    starts = [m.start() for m in dates if m is not None]
    if not starts:
        return segment
    words = segment[: min(starts)].split()
    while words and words[-1].isalpha() and words[-1].islower() and len(words[-1]) <= 4:
        words.pop()
    return " ".join(words)


_HAS_DIGIT = re.compile(r"\d")
# "on March 16, 2016 by Jane Doe": the word that leads a date (two at most: "Published on", "Veröffentlicht am")
_DATE_LEAD_WORDS = 3
# "May" is no month to word_month_date (an English verb as often); capitalised, between a day and a year, it is
_MAY_DATE = re.compile(
    r"(?<![\w.])May\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+(?:19|20)\d{2}(?!\d)|(?<![\w.])\d{1,2}\.?\s+May\.?,?\s+(?:19|20)\d{2}(?!\d)"
)
_BY_AFTER = re.compile(r"^[\s,;]*(?P<by>by|von|par|por|door|di|av)\s+(?P<names>.+)$", re.IGNORECASE)


def _by_after_date(line: str, site_names: Set[str]) -> list[str]:
    """The names of a meta line that gives the date first and its author after it: "Published on March 16, 2016
    by Jane Doe", "Posted on 2019-07-03 by John Roe", "Veröffentlicht am 3. Mai 2019 von Anna Berg". The date
    opens the line (a few words may lead to it) and "by <names>" is all that follows it: a sentence that merely
    holds a date and a "by" is no such line. [] otherwise."""
    if not _HAS_DIGIT.search(line):
        return []
    dates = (word_month_date(line), day_first_date(line), _NUMERIC_DATE.search(line), _MAY_DATE.search(line))
    found = [m for m in dates if m is not None]
    if not found:
        return []
    first = min(found, key=lambda m: m.start())
    if len(line[: first.start()].split()) > _DATE_LEAD_WORDS:
        return []
    after = _BY_AFTER.match(line[max(m.end() for m in found if m.start() == first.start()) :])
    if after is None:
        return []
    return split_names(after.group("names"), site_names)


# a date in digits: 2018-09-22, 2018/9/22, 22/09/2018 (a number alone, "Games 2026", is no date)
_NUMERIC_DATE = re.compile(
    r"(?<!\d)(?:(?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[-/]\d{1,2}[-/](?:19|20)?\d{2})(?!\d)"
)


_NO_NAME_PART = re.compile(r"^[\W\d_]*$")  # separators, footnote digits: between the names, none of them


def names_from_parts(parts: list[str], site_names: Set[str] = frozenset()) -> list[str]:
    """Names in a byline's separate text nodes, one person each; [] when any part is neither a name
    nor a role, a "By"/"and" or a separator (a byline is read whole or not at all)."""
    names: list[str] = []
    for part in parts:
        part = normalize_space(part)
        if not part or _NO_NAME_PART.match(part) or _BY_PREFIX.sub("", part + " ").strip().lower() in ("", "and"):
            continue
        if all(word in _ROLE_WORDS for word in part.lower().split()):
            continue  # "News Reporter", "Twitter"
        found = split_names(part, site_names)
        if not found:
            return []
        names += [n for n in found if n not in names]
    return names


def names_from_zh_line(line: str) -> tuple[list[str], str] | None:
    """``记者 伊琳 李清芬`` -> (names, label); None unless the whole short line is such a credit."""
    line = normalize_space(line)
    if not line or len(line) > 40 or ":" in line or "：" in line:
        return None
    match = _ZH_LINE.match(line) or _ZH_SLASH_LINE.match(line)
    if not match:
        return None
    rest = _ZH_LABEL_SPLIT.sub(" ", match.group("names"))
    names = split_names(rest)
    return (names, match.group("label")) if names else None


def reporters_named(value: str) -> tuple[list[str], str] | None:
    """A labelled author's value that opens with a reporter's role (作者：``记者魏玉坤、周圆``, ``记者 龚严巍``): the
    people it names, and the value as the page writes them without the role (``魏玉坤、周圆``). The role says who
    they are, it is no part of a name. None for any other value."""
    found = names_from_zh_line(value)
    if not found or found[1] not in _REPORTER_LABELS.split("|"):
        return None
    match = _ZH_LINE.match(normalize_space(value))
    return (found[0], match.group("names").strip()) if match else None


def names_from_dateline(paragraph: str) -> list[str]:
    """``本报讯（记者 张三 李四）…`` at the start of the first paragraph."""
    match = _ZH_DATELINE.match(normalize_space(paragraph))
    return split_names(_ZH_LABEL_SPLIT.sub(" ", match.group("names"))) if match else []


# The reporter's credit signing off the text: its last line ``记者 刘涛``, ``□ 本报记者 葛灵丹``,
# ``新京报记者 彭冲 山东冠县报道`` (the place the reporter filed from after the names), or its last words in brackets
# ``…发展。（记者 胡晓蓉）``, ``（总台记者 张倩）``.
_SIGNOFF_MARKS = "□■◆◇●○★☆ \u3000"
_FILED_FROM = re.compile(rf"\s+[{_CJK}]{{2,8}}报道$")
# Only a reporter's label: a correspondent's (通讯员) credit at a text's end names a school or an office as often
# ("通讯员 德阳电大"), and a picture's credit may run into it ("图王莉").
_REPORTER_LABELS = "特约记者|本报记者|本台记者|见习记者|实习记者|记者"
# Not a name and a place without a label ("（姚峰 上海报道）"): "（德阳电大 江勇报道）" is an office and its reporter.
_SIGNOFF_BRACKETS = re.compile(rf"[（(]\s*{_ZH_OUTLET}?(?:{_REPORTER_LABELS})\s*(?P<names>[^（）()]{{2,30}}?)\s*[）)]$")


# A report signed off by its writers: ``执笔人：闵乐夫 赵兰波`` ("the ones holding the pen"), the whole last line.
_WRITERS_SIGNOFF = re.compile(r"^(?:执笔人|执笔)\s*[:：]\s*(?P<names>[^:：]{2,40})$")


def names_from_signoff(paragraph: str) -> list[str]:
    """The reporter a Chinese news text's last line credits (``_SIGNOFF_BRACKETS``); [] for any other line.

    A reporter's label (记者) says the names are the writers', not people the text speaks of; an editor's credit
    (责任编辑) names no writer and is read elsewhere."""
    line = normalize_space(paragraph).strip(_SIGNOFF_MARKS)
    if not line:
        return []
    whole = names_from_zh_line(_FILED_FROM.sub("", line))
    if whole and "记者" in whole[1]:
        return whole[0]
    writers = _WRITERS_SIGNOFF.match(line)
    if writers is not None:
        return split_names(writers.group("names"))
    found = _SIGNOFF_BRACKETS.search(line[-60:])
    if found is None:
        return []
    names = found.group("names")
    return split_names(_ZH_LABEL_SPLIT.sub(" ", _FILED_FROM.sub("", names)))


# An account's name as a byline gives it: one word, capitalised or opening with a digit ("7Robot", "ABTeam")
_ACCOUNT_NAME = re.compile(r"[^\W\d_a-z][\w.-]*|\d+[^\W\d_][\w.-]*")


def by_line_handle(line: str, handles: Set[str]) -> str | None:
    """The one account handle a by-line prints whole where an author ``<meta>`` names the same handle: "Posted by
    takenobu.hs on April 26, 2020" beside ``<meta name="author" content="takenobu.hs">``. A lower-case handle, or
    one that reads like a host (``.hs``), is no name to ``by_line``; the page saying it twice, in its data and in
    the line a reader reads, is. None otherwise."""
    line = normalize_space(line)
    if not handles or not line or len(line) > 120 or not _BY_PREFIX.match(line):
        return None
    before = _before_date(_BY_PREFIX.sub("", line)).strip(" ,;|")
    return before if before in handles else None


def by_line(line: str, site_names: Set[str] = frozenset()) -> list[str]:
    """``By Jane Doe and John Roe`` (a short line that starts with By/Von/Par) -> the names."""
    line = normalize_space(line)
    if not line or len(line) > 120:
        return []
    if not _BY_PREFIX.match(line):
        return _by_after_date(line, site_names)
    names = names_from_byline(line, site_names)
    if names:
        return names
    # The line goes on to its date in another language: "Par Tony le 22 Septembre 2018", "Von Anna am 3. Mai
    # 2019". One account's name there is the author too ("Par 7Robot le …", the club's own account).
    after_by = _BY_PREFIX.sub("", line)
    before = _before_date(after_by)
    if before == after_by:
        return []
    names = split_names(before, site_names)
    if names:
        return names
    return [before] if _ACCOUNT_NAME.fullmatch(before) and is_handle_or_name(before) else []


# The parts of a text a short line under its headline may name instead of its writer (前言, 摘要, 编者按, 第一章,
# 附录, 待续 ...), and a department signing a notice (教务处, 办公室): not a person, though two to four Han
# characters look like a name.
_ZH_TEXT_PARTS = re.compile(
    r"^(?:前言|序言?|引言|导言|导语|摘要|提要|内容提要|编者按|按语|正文|目录|附录|附件|结语|结论|后记|跋|注释|"
    r"参考文献|待续|未完待续|全文完|原创|转载|资料图|通知|公告|声明|简介|概述|说明|背景|综合|编译|整理|摘编|供稿|"
    r"央视|新华|中新|人民|本报|本刊|本站|网友|网络|小编)$"
    r"|^第[一二三四五六七八九十百零〇两\d]+[章节篇部回卷集期讲]"
    r"|[处室科组会队团馆园校厂司系]$"
)
_NAMES_ALONE_SEPARATORS = re.compile(r"\s*[、，,]\s*|\s+")
# The commoner Chinese surnames (the Hundred Family Surnames' frequent ones, single and double): a line holding a
# bare word says it is a name when the word opens with one. A hint that lets a name through, nothing more:
# "目的", "导读", "下午" do not open with one; "方案" does, and the rules using this look at where the line stands.
_ZH_SURNAMES = frozenset(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖萧田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟"
    "谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫阎段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢"
    "安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛"
    "靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵"
    "苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池乐匡练鞠迟班仝滑巴麻逯冀郁风花节水云奚昌凤酆"
)
_ZH_DOUBLE_SURNAMES = frozenset(
    "上官 欧阳 司马 诸葛 东方 皇甫 尉迟 公孙 慕容 令狐 夏侯 宇文 长孙 端木 司徒 司空 独孤 南宫 西门 轩辕 呼延".split()
)


def _opens_with_surname(name: str) -> bool:
    return name[:1] in _ZH_SURNAMES or name[:2] in _ZH_DOUBLE_SURNAMES


def names_alone(line: str) -> list[str]:
    """A short line that is nothing but one to three Chinese writers' names (``胡平``, ``赵延东、风笑天``,
    ``常书香 马丹阳``): the names; [] for any other line. Each name two or three Han characters, as almost
    every Chinese person's name is, opening with a common surname; not a part of the text (``前言``, ``第一章``)
    nor a department (``教务处``)."""
    line = normalize_space(line).strip(" \u3000")
    if not line or len(line) > 14 or not _HAS_CJK.search(line):
        return []
    parts = [p for p in _NAMES_ALONE_SEPARATORS.split(line) if p]
    if not 1 <= len(parts) <= 3:
        return []
    for part in parts:
        if (
            not re.fullmatch(rf"[{_CJK}]{{2,3}}", part)
            or not _opens_with_surname(part)
            or _ZH_TEXT_PARTS.search(part)
            or not is_person_name(part)
        ):
            return []
    return parts


# The writers' names in brackets closing a text, without a label: ``…的新春佳节。（常书香 马丹阳 ）``, ``（袁源）``.
_BARE_SIGNOFF = re.compile(r"(?:^|[。！？!?”」』])\s*[（(]\s*(?P<names>[^（）()]{2,14}?)\s*[）)]$")


def names_signing_off(paragraph: str) -> list[str]:
    """The names alone in brackets at the very end of a text's last paragraph, after a sentence's end or as the
    whole line (``names_alone``); [] for any other line."""
    found = _BARE_SIGNOFF.search(normalize_space(paragraph).strip(_SIGNOFF_MARKS)[-40:])
    return names_alone(_TRAILING_ROLE.sub("", _FILED_FROM.sub("", found.group("names")))) if found else []
