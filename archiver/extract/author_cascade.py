"""The author's cascade: which names a page credits as its writers, and the rule that found them.

``AuthorCascade`` is a mixin of ``ArticlePage`` (archiver/extract/article.py), as ``TitleRules`` is: the
author rules (a profile selector, label lines, the author meta and JSON-LD, bylines by the headline, a blog
owner's name) are one job with their own helpers and constants. It reads the page through the attributes
and methods that ``ArticlePage`` provides, declared below for the type checker.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import islice
from typing import TYPE_CHECKING
from urllib.parse import urljoin, urlsplit

from lxml import etree

from archiver.extract import authors as author_rules
from archiver.extract import bylines
from archiver.extract.html import block_text, text_of
from archiver.extract.labels import LabelHit, clean_author
from archiver.extract.line_dates import shows_a_date
from archiver.extract.structured import PageMetadata
from archiver.extract.titles import TITLE_SEPARATORS
from archiver.extract.trace import FieldTrace
from archiver.extract.unchanged import normalized_text
from archiver.normalize import CJK_CHARS, normalize_space
from archiver.urls import netloc_of

_META_AUTHOR_NAMES = (
    "author",
    "byl",
    "dc.creator",
    "dc.creator.author",
    "sailthru.author",
    "parsely-author",
    "article:author",
    "og:article:author",
    "twitter:creator",
)


_BLOG_GENERATORS = re.compile(
    r"\b(?:hugo|hexo|jekyll|pelican|gatsby|eleventy|vuepress|vitepress|gridea|"
    r"zola|docusaurus|ghost|mkdocs|nikola|octopress|middleman)\b"
)


_MARK_SEPARATORS = " —–-|·•,;/"
_BYLINE_HINT = re.compile(r"author|byline|byl|writer|reporter")
# A block after the headline longer than a meta line holds the post's text: no byline comes after it
_META_LINE = 80


# An icon standing for a person (Font Awesome's fa-user, Bootstrap's glyphicon-user, icon-author, and the
# pinyin "zuozhe" of 作者 that Chinese icon fonts use): the name written after it is the author's.
_PERSON_ICON = re.compile(
    r"^(?:fa|icon|glyphicon|bi|ri|iconfont|el-icon)?-?(?:user|author|person|writer|zuozhe)(?:-[a-z]+)?$"
)


def _shows_byline(line: str, value: str, is_site: bool) -> bool:
    """Whether a line by the headline prints ``value`` as its byline: the whole line, or one separated
    part of it. The site's own name (``is_site``) counts only after "by" or beside a date or a time (a
    digit) in the meta line: the site's name alone on a line by the headline is its banner."""
    if not line or value.lower() not in line.lower():
        return False
    found = re.search(_BYLINE_BEFORE + "(" + re.escape(value) + ")" + _BYLINE_AFTER, line, re.IGNORECASE)
    if found is None:
        return False
    before, after = line[: found.start(1)], line[found.end(1) :]
    return not is_site or bool(_BY_BEFORE.search(before)) or any(c.isdigit() for c in before + after)


def _alnum_key(text: str) -> str:
    """Letters and digits of ``text``, lower-cased: a name and the slug a generator made of it compare equal
    ("YC.Chen" and ``ycchen``, "PyCon Taiwan Blogger contributors" and ``pycon-taiwan-blogger-contributors``)."""
    return re.sub(r"[\W_]+", "", text.lower())


IN_BODY_AFTER = 150  # weighted characters of article text before a credit make it an in-body credit

# A byline's place in a meta line: a segment after a date's separator ("April 2023 · Name", "by Name") or
# before one ("Name | 3 May").
# A Chinese byline's label says "by" (``作者 夏亚``), and its next credit ends the name (``… 译者 Mudern``).
_ZH_BY = rf"(?:^|\s)(?:{author_rules.ZH_AUTHOR_LABELS})\s*[:：]?\s*"
_BYLINE_BEFORE = rf"(?:^|[|•·–—,]\s*|\s-\s|\bby\s+|{_ZH_BY})"
_BYLINE_AFTER = rf"(?:$|\s*[|•·–—]|\s-\s|\s+(?:{author_rules.ZH_OTHER_CREDITS})(?:\s|[:：]))"
_BY_BEFORE = re.compile(rf"(?:\bby\s+|{_ZH_BY})$", re.IGNORECASE)
# "<name> — " opening a ``<title>`` before the headline: two to four words, a dash, a colon or a bar after them
_NAME_BEFORE_HEADLINE = re.compile(r"(?P<name>[^\W\d_][\w.'’-]*(?:\s[^\W\d_][\w.'’-]*){1,3})\s*[—–|:]\s*")
# ... and, in the line under the headline, the same name followed by a separator and more ("@ rannts #4", "· 2016")
_NAME_THEN_SEPARATOR = re.compile(r"\s*[@|·•—–,]\s*\S")


class AuthorCascade:
    """The rules of the ``authors`` field, mixed into ``ArticlePage``."""

    # Provided by ArticlePage (set in its __init__).
    url: str
    root: etree._Element
    metadata: PageMetadata
    trace: FieldTrace
    _label_owners: dict[str, etree._Element]
    _used_owners: set[etree._Element]
    _credit_lines: set[str]
    _later_editors: list[tuple[LabelHit, etree._Element]]

    if TYPE_CHECKING:
        # ArticlePage's own methods, which the author rules call.
        def site_names(self) -> set[str]: ...
        def _in_nav(self, element: etree._Element) -> bool: ...
        def _in_meta_panel(self, element: etree._Element) -> bool: ...
        def _hinted(self, pattern: re.Pattern[str]) -> Iterator[etree._Element]: ...
        def _itemprops(self, word: str) -> Iterator[etree._Element]: ...
        def _label(self, kind: str) -> LabelHit | None: ...
        def _use_label(self, kind: str) -> LabelHit | None: ...
        def _profile_value(self, name: str) -> tuple[etree._Element, str] | None: ...
        def _labelled(self, name: str, kind: str) -> tuple[str | None, str]: ...
        def _lines_near_title(
            self, title_element: etree._Element | None, container: etree._Element | None
        ) -> Iterator[tuple[str, str]]: ...
        def _blocks_near_title(self, title_element: etree._Element) -> list[etree._Element]: ...
        def _in_body_text(
            self, kind: str, container: etree._Element | None, title_element: etree._Element | None = None
        ) -> bool: ...
        @staticmethod
        def _short_line_of(owner: etree._Element | None) -> etree._Element | None: ...
        @staticmethod
        def _inside_text(
            owner: etree._Element | None,
            container: etree._Element | None,
            after: int = IN_BODY_AFTER,
            skip: frozenset[etree._Element] = frozenset(),
        ) -> bool: ...
        @staticmethod
        def _ends_text(owner: etree._Element, container: etree._Element | None) -> bool: ...
        @staticmethod
        def _in_other_posts(element: etree._Element, tags: tuple[str, ...] = ...) -> bool: ...

    def authors(
        self, title_element: etree._Element | None, container: etree._Element | None
    ) -> tuple[list[str], str | None]:
        """(names in order, the record's ``author`` string); the winning rule goes to ``rules``."""
        found = self._author_cascade(title_element, container)
        if found is None:
            self.trace.set("author", "none")
            return [], None
        names, text, rule = found
        self.trace.set("author", rule)
        return names, text

    def _author_cascade(
        self, title_element: etree._Element | None, container: etree._Element | None
    ) -> tuple[list[str], str, str] | None:
        sites = self.site_names()
        hit = self._profile_value("author")
        if hit:
            value, rule = self._labelled("author", "author")
            value = clean_author(value)
            if value:
                return author_rules.split_names(value, sites) or [value], value, rule
        label = self._label("author")
        if label and not self._in_body_text("author", container, title_element):
            value = clean_author(label.value)
            byline = self._byline_over_text_label(container, sites) if value else []
            if byline:
                return byline, ", ".join(byline), "byline"
            if value:  # as the page writes it, as today; the list splits it
                self._use_label("author")
                reporters = author_rules.reporters_named(value)
                if reporters:  # "作者：记者魏玉坤、周圆": the names, without the reporter's role
                    return reporters[0], reporters[1], f"label:{label.label}"
                return author_rules.split_names(value, sites) or [value], value, f"label:{label.label}"
        for names, text, rule in self._unlabelled_authors(title_element, container, sites):
            if names:
                return names, text, rule
        first_editor = self._label("editor")
        editors = [(first_editor, self._label_owners["editor"])] if first_editor else []
        for editor, owner in [*editors, *self._later_editors]:
            # The first 责任编辑 outside the text, or signing it off at its end ("（责任编辑：刘林源）" as the
            # text's last line): an in-text "图片：" credit before it is no editor line.
            if editor.label not in ("责任编辑", "编辑", "责编") or (
                self._inside_text(owner, container) and not self._ends_text(owner, container)
            ):
                continue
            value = clean_author(editor.value)
            names = author_rules.split_names(value or "", sites)
            if value and not names:
                # the editor's account as the page prints it, its only credit ("编辑：donghk" under a PHPCMS
                # headline): one handle, not the site's name nor an admin account
                handle = author_rules.author_meta_handle(value, sites)
                names = [handle] if handle else []
            if value and names:
                self._used_owners.add(owner)
                return names, value, f"label:{editor.label}"
        return None

    def _byline_over_text_label(self, container: etree._Element | None, sites: set[str]) -> list[str]:
        """The page's own byline, where the author label is a line of the text (at its top, as in a
        translated post's "作者：ASF blog"): the byline element outside the text names who posted it
        there, the line inside it whom the text came from. [] when the label is no line of the text."""
        owner = self._label_owners.get("author")
        if owner is None or container is None or (owner is not container and container not in owner.iterancestors()):
            return []
        return self._byline_authors(sites, outside=container)

    def _unlabelled_authors(
        self, title_element: etree._Element | None, container: etree._Element | None, sites: set[str]
    ) -> Iterator[tuple[list[str], str, str]]:
        """Structured data, then what the page shows (bylines, credit lines), then ``<meta>`` tags.

        ``<meta name="author">`` comes after the visible credits: CMSs fill it with the
        site's name or the account that uploaded the page.
        """
        declared = self.metadata.authors()
        names = list(dict.fromkeys(n for raw in declared for n in author_rules.split_names(raw, sites)))
        if len(names) == 1:
            # Structured data naming one of the authors the headline's meta line links to their pages ("王亮" in
            # the JSON-LD, "王亮, seisman" shown, Wowchemy's template writing the first author alone): the
            # line the reader sees names them all.
            linked = self._author_page_links(title_element, sites)
            if len(linked) > 1 and names[0].casefold() in (name.casefold() for name in linked):
                yield linked, ", ".join(linked), "json-ld:author+byline"
        yield names, ", ".join(names), "json-ld:author"
        if declared and not names:
            # The data's author is no person's name ("The Julia Community", "The JuliaCon 2022 Organizing
            # Committee"), and the headline's meta line prints it in the element it marks as the byline: two
            # sources say who wrote the post, before a <meta name="author"> the theme fills with the site's
            # founders on every page.
            printed = self._marked_byline_by_date(title_element)
            whole = ", ".join(normalize_space(raw) for raw in declared)
            if printed and normalize_space(printed).lower() == whole.lower():
                yield [printed], printed, "json-ld:author/shown"
        for element in self._itemprops("author"):
            if element.tag == "meta" or self._in_nav(element):
                continue
            named = element.xpath(".//*[@itemprop='name']")
            text = (
                (named[0].get("content") or text_of(named[0]))
                if named
                else (element.get("content") or text_of(element))
            )
            names = author_rules.names_from_byline(text, sites)
            whole = normalize_space(text)
            if not names and named and author_rules.is_handle_or_name(whole) and whole.lower() not in sites:
                # the author item's own name element holds the name whole, as the author wrote it: a pen name in
                # lower case ("Jorge el constructor", Blogger's ``span[itemprop=name]``) is one, not prose
                names = [whole]
            if names:
                yield names, ", ".join(names), "itemprop:author"
                break
        names = self._byline_authors(sites)
        yield names, ", ".join(names), "byline"
        names = self._icon_byline(title_element, sites)
        yield names, ", ".join(names), "byline:icon"
        names = self._author_page_links(title_element, sites)
        yield names, ", ".join(names), "byline:author-page"
        # the name opening the headline's own date line, before a "Von …" line the text starts with
        leading = self._name_leading_date_line(title_element, sites)
        if leading:
            self._credit_lines.add(leading[1])  # the post's meta line, with or without a name: it leaves the body
            # the site credited as its own writer (".../site"): a line of the text naming it is no byline
            own = len(leading[0]) == 1 and leading[0][0].lower() in self._own_names()
            yield leading[0], ", ".join(leading[0]), "date-line/site" if own else "date-line"
        # Account handles an author meta names (one word, not the site's name): a by-line printing one whole names
        # the author, whatever the handle looks like.
        meta_handles = {
            value
            for value in (normalize_space(v) for v in self.metadata.all("author"))
            if author_rules.is_account_handle(value) and value.lower() not in sites
        }
        for line, where in self._lines_near_title(title_element, container):
            zh = author_rules.names_from_zh_line(line)
            if zh:
                self._credit_lines.add(line)  # a byline, not article text: it leaves the body
                yield zh[0], " ".join(zh[0]), f"line:{zh[1]}"
            english = author_rules.by_line(line, sites)
            if english:
                self._credit_lines.add(line)
                yield english, ", ".join(english), f"by-line:{where}"
            handle = author_rules.by_line_handle(line, meta_handles)
            if handle:
                self._credit_lines.add(line)
                yield [handle], handle, f"by-line:{where}/meta-handle"
        titled = self._name_before_headline_in_title(title_element, sites)
        if titled:
            yield titled, ", ".join(titled), "title+subtitle"
        if container is not None:
            for paragraph in islice(block_text(container), 1):
                names = author_rules.names_from_dateline(paragraph)
                yield names, " ".join(names), "dateline"
        for name in _META_AUTHOR_NAMES:
            names = list(dict.fromkeys(n for v in self.metadata.all(name) for n in author_rules.split_names(v, sites)))
            yield names, ", ".join(names), f"meta:{name}"
        shown = self._shown_data_author(title_element, sites)
        if shown:
            yield author_rules.split_names(shown[1], sites) or [shown[1]], shown[1], f"{shown[0]}/shown"
        marked = self._marked_byline_by_date(title_element)
        if marked:
            yield author_rules.split_names(marked, sites) or [marked], marked, "byline/shown"
        owner = self._blog_owner()
        if owner:
            yield [owner[1]], owner[1], f"meta:{owner[0]}/blog"
        # An author meta holding one account handle: the meta's own word says it names the author
        for name in ("author", "article:author"):
            handles = [h for v in self.metadata.all(name) if (h := author_rules.author_meta_handle(v, sites))]
            if handles:
                yield handles[:1], handles[0], f"meta:{name}/handle"
                break
        credited = self._author_with_own_page(sites)
        if credited:
            yield [credited], credited, "meta:author/page"
        boxed = self._author_box(container, sites)
        if boxed:
            yield boxed, ", ".join(boxed), "author-box"
        if container is not None:
            # the reporter's credit signing off the text (``（记者 胡晓蓉）``): after every byline and meta tag,
            # before an editor's credit (责任编辑), which names who passed the text, not who wrote it
            for paragraph in list(block_text(container))[-4:][::-1]:  # editor and share lines may follow it
                names = author_rules.names_from_signoff(paragraph)
                if names:
                    yield names, " ".join(names), "signoff"
                    break
            top = _name_under_headline(list(islice(block_text(container), 6)), title_element is not None)
            if top and not _set_apart(container, top[1]):
                # the line stays in the body: sites that print it keep it in their text as often as not
                yield top[0], "、".join(top[0]), "line:under-headline"
            last = list(islice(reversed(list(block_text(container))), 1))
            names = author_rules.names_signing_off(last[0]) if last else []
            if names:
                yield names, " ".join(names), "signoff/bare"
            for line in list(block_text(container))[-4:][::-1]:  # share and tag lines may follow it
                signature = normalize_space(line)
                signed = len(signature) <= 60 and not _SOURCE_LEAD.match(signature)
                # a Chinese signature set right is as often the office that issued a notice ("教务处") or its
                # date line: only names as ``names_alone`` reads them
                cjk = bool(re.search(f"[{CJK_CHARS}]", signature))
                names = (
                    (author_rules.names_alone(signature) if cjk else author_rules.split_names(signature, sites))
                    if signed
                    else []
                )
                if names and _aligned_right(container, signature):
                    yield names, signature, "signoff/right"
                    break

    def _name_before_headline_in_title(self, title_element: etree._Element | None, sites: set[str]) -> list[str]:
        """The name the ``<title>`` sets before the headline ("Денис Тимофеев — Переговоры ← #4 ← Митапы") that also
        opens the line right under the headline, a separator after it ("Денис Тимофеев @ rannts #4", a talk's
        speaker and the meetup): two places of the page naming the same person beside the headline, as a
        conference site credits its talks. Neither alone says so (a title opens with a site's or a section's name, a
        subtitle with any words); a name of two words at least, in plain text, not a link."""
        if title_element is None:
            return []
        head = normalize_space(self.root.findtext(".//title") or "")
        headline = normalized_text(title_element)
        if not headline or len(headline) < 3 or headline not in head:
            return []
        match = _NAME_BEFORE_HEADLINE.fullmatch(head[: head.index(headline)])
        if match is None:
            return []
        name = match["name"]
        block = next((e for e in title_element.itersiblings() if isinstance(e.tag, str)), None)
        if block is None or self._in_nav(block) or any(name in normalized_text(a) for a in block.iter("a")):
            return []
        line = normalized_text(block)
        if len(line) > _META_LINE or not _NAME_THEN_SEPARATOR.match(line[len(name) :]) or not line.startswith(name):
            return []
        return author_rules.split_names(name, sites)

    def _author_with_own_page(self, sites: set[str]) -> str | None:
        """The ``<meta name=author>`` value whose ``article:author`` is the site's own page for that name
        (``/author/pycon-taiwan-blogger-contributors.html``): an author the site indexes its posts by, even a
        collective credit or a team ("program team"), which no name rule reads as a person's. Not the site's
        own name, nor an author page of another site (a social profile)."""
        host = netloc_of(self.url)
        pages = [urlsplit(urljoin(self.url, v.strip())) for v in self.metadata.all("article:author") if v.strip()]
        own = [page.path.rstrip("/").rsplit("/", 1)[-1] for page in pages if page.netloc == host]
        if not own:
            return None
        for value in self.metadata.all("author"):
            name = normalize_space(value)
            if not name or name.lower() in sites or not author_rules.is_byline_value(name):
                continue
            key = _alnum_key(name)
            if len(key) >= 3 and any(_alnum_key(segment.rsplit(".", 1)[0]) == key for segment in own):
                return name
        return None

    def _author_box(self, container: etree._Element | None, sites: set[str]) -> list[str]:
        """The name an author box right under the text prints twice: a picture whose ``alt`` is the name and, after it
        in the same small box, a heading whose whole text is that name (``<img alt="Carla Di Mar">``, then ``<h3>
        <span>Carla Di Mar</span></h3>``, her role and a bio), where no class, rel or link says "author" and the page's
        data names nobody (held-out hugo-patojad). Two places of one box naming one person say whose card it is; the
        name may be the site's own (a personal site's owner, "PatoJAD") or a handle (``elhada3d``), not a sentence.
        Only in the few blocks that follow the text, outside menus, sidebars and lists of other posts; never inside a
        link (a related post's card pairs its picture's ``alt`` with its headline too), nor in a box holding a form (a
        newsletter's sign-up, its picture and heading both "Newsletter")."""
        if container is None:
            return []
        for block in islice(_blocks_after(container), _AUTHOR_BOX_BLOCKS):
            if self._in_nav(block) or self._in_other_posts(block):
                continue
            for image in block.iter("img"):
                alt = normalize_space(image.get("alt") or "")
                if not alt or len(alt) > 60 or any(a.tag == "a" for a in image.iterancestors()):
                    continue
                box = _box_naming(image, block, alt)
                if box is None or box.find(".//form") is not None or box.find(".//input") is not None:
                    continue
                if len(normalized_text(box)) > _AUTHOR_BOX_TEXT:
                    continue
                names = author_rules.split_names(alt, sites)
                if not names and author_rules.is_handle_or_name(alt) and author_rules.is_byline_value(alt):
                    names = [alt]
                if names:
                    return names
        return []

    def _shown_data_author(self, title_element: etree._Element | None, sites: set[str]) -> tuple[str, str] | None:
        """(rule, value): the author the page's data names and its headline's meta line prints as the byline.

        The name checks refuse the site's own name (CMSs fill ``<meta name=author>`` with it), a name
        with digits ("Glasgow 2026") or with a role ("Jane Doe, Secretary of the Club"). A value the
        page's data gives *and* prints as the byline beside the headline (``April 2023 · Broomhill
        Community Council``, PaperMod's ``.post-meta``) is what the page says wrote the post: an
        organisation, the site itself, or a name with its role, as written.
        """
        if title_element is None:
            return None
        data = [("json-ld:author", ", ".join(self.metadata.authors()))]
        data += [("json-ld:author", name) for name in self.metadata.authors()]
        data += [("meta:author", value) for value in self.metadata.all("author")]
        candidates = [(rule, normalize_space(value)) for rule, value in data if normalize_space(value)]
        if not candidates:
            return None
        lines = [line for line, where in self._lines_near_title(title_element, None) if where == "title"]
        for rule, value in sorted(candidates, key=lambda c: -len(c[1])):
            is_site = value.lower() in sites
            if author_rules.is_byline_value(value) and any(_shows_byline(line, value, is_site) for line in lines):
                return rule, value
        return None

    def _marked_byline_by_date(self, title_element: etree._Element | None) -> str | None:
        """The whole text of an element marked as the byline (``<span class="author">``) in the
        headline's meta line beside a date: what the page says wrote the post, read as written like the
        data's author above (an organisation holding the site's name: "SwissRN Academy" on SwissRN,
        which the name checks refuse). Not an account, a URL or only role words (``is_byline_value``)."""
        if title_element is None:
            return None
        for block in self._blocks_near_title(title_element):
            line = normalized_text(block)
            if not line or len(line) > 120:
                continue
            for element in block.iter():
                if not isinstance(element.tag, str) or not bylines.is_author_mark(element):
                    continue
                # without the separator the mark holds after the name ("<span>Name</span> —" before the date)
                value = normalized_text(element).strip(_MARK_SEPARATORS)
                credit, writers = author_rules.credited_writers(value)
                if credit:  # "供稿：通讯员 林超群": the writers it names; a source's credit names none
                    if not writers:
                        continue
                    value = writers
                beside = line.replace(value, " ", 1) if value else line
                # a date beside it in the same line: the post's meta line, not a banner or an author box
                if value and author_rules.is_byline_value(value) and any(c.isdigit() for c in beside):
                    return value
        return None

    def _name_leading_date_line(
        self, title_element: etree._Element | None, sites: set[str]
    ) -> tuple[list[str], str] | None:
        """The name that opens the headline's meta line, a date after it: ``<span>Ahmad Thoha Faz</span> |
        <span>Dipublikasikan pada 3 January 2026</span> | <span>Kategori: …</span>`` right under the ``<h1>``
        (held-out hugo-pesantren). No word says it is the author: its place does, first in the line the date
        is in, under the headline, in an element of its own that links nowhere (a category or a section
        there is a link to its listing). (names, the line), the names [] when the line opens with its date or
        a link; None when the block under the headline is no such line (one part, long, or no date)."""
        if title_element is None:
            return None
        block = next((e for e in title_element.itersiblings() if isinstance(e.tag, str)), None)
        if block is None or self._in_nav(block):
            return None
        line = normalized_text(block)
        segments = re.split(r"\s*[|•·]\s*", line)
        if len(segments) < 2:
            # "05 Sep 2016 - Sudeshana Karki": a date and a name, a spaced dash between them, as one plain line
            segments = re.split(r"\s+[-–—]\s+", line)
            if len(segments) != 2 or not shows_a_date(segments[0]) or block.find(".//a") is not None:
                return None
        if len(line) > 120 or len(segments) < 2:
            return None
        if not any(shows_a_date(segment) for segment in segments):
            return None
        # the line under the headline, its date in one of its parts: the post's meta line
        first = segments[0]
        if len(segments) == 2 and shows_a_date(first) and not shows_a_date(segments[1]) and block.find(".//a") is None:
            # the date first, then a person's name alone, nothing linking anywhere (codefornepal's jekyll-agency
            # theme: "<p>05 Sep 2016 - Sudeshana Karki</p>" under the <h1>): the name is the byline's
            return self._named_after_date(segments[1], sites), line
        holders = [e for e in block.iter() if e is not block and normalized_text(e) == first]
        if shows_a_date(first) or not holders or any(e.tag == "a" or e.find(".//a") is not None for e in holders):
            return [], line
        return author_rules.split_names(first, sites), line

    def _named_after_date(self, part: str, sites: set[str]) -> list[str]:
        """Who the part after the date's dash under the headline names: a person's name, one with lower-case words
        between its first and last ("Krishna kumar Shrestha": the line's place says byline), or the name or account
        the site gives itself in its meta tags or as its ``<title>``'s last part ("codefornepal", its
        ``twitter:site``; "Code for Nepal"): the site credited as the writer, as a meta line beside a date credits
        it (``_shows_byline``). Any other word there (a tag, "Updated", a reading time) names no one."""
        part = normalize_space(part)
        names = author_rules.split_names(part, sites)
        if names:
            return names
        if author_rules.is_placed_name(part, sites):
            return [part]
        if part.lower() in self._own_names() and author_rules.is_byline_value(part):
            return [part]
        return []

    def _own_names(self) -> set[str]:
        """The names the site gives itself (lower-cased): its meta tags' (``og:site_name``, ``twitter:site``'s
        account, the publisher) and its ``<title>``'s last part; not the host's labels nor the title's middle parts
        (a section's name)."""
        names = set(self.metadata.site_names())
        parts = TITLE_SEPARATORS.split(normalize_space(self.root.findtext(".//title") or ""))
        if len(parts) > 1 and parts[-1]:
            names.add(parts[-1].lower())
        return names

    def _blog_owner(self) -> tuple[str, str] | None:
        """A blog generator's ``<meta name=author>``: the site's owner, even a handle or the site's name.

        Hugo, Hexo, Jekyll, Pelican ... write it from the site's own configuration, so on
        their pages the site is its author's (``cqqqwq``, ``0Kelvins``, ``BarCamp Cork``),
        where a portal CMS's would be the site's name standing in for nobody.
        """
        generator = (self.metadata.first("generator") or ("", ""))[1].lower()
        if not _BLOG_GENERATORS.search(generator):
            return None
        found = self.metadata.first("author", "article:author")
        if found is None:
            return None
        value = normalize_space(found[1])
        if author_rules.is_handle_or_name(value):
            return found[0], value
        return None

    def _icon_byline(self, title_element: etree._Element | None, sites: set[str]) -> list[str]:
        """The name a person icon stands before in the headline's meta line: ``<i class="fa fa-user"></i>
        stevcao`` beside the date's calendar icon and the category's (Jekyll themes, held-out
        jekyll-melonteam). The icon's class is the only word saying what the name is, so it counts
        only in the few blocks around the headline, where a date line sits, not in a sidebar or a
        comment box ("<i class=fa-user></i> 登录")."""
        if title_element is None:
            return []
        # The headline the header prints, too, where the title matched a heading of the text that repeats it
        heading = normalized_text(title_element)
        heads = [title_element] + [
            h for h in self.root.iter("h1") if h is not title_element and normalized_text(h) == heading
        ]
        near = [
            block
            for head in heads
            for block in (*list(head.itersiblings(preceding=True))[:2], *list(head.itersiblings())[:4])
        ]
        for block in near:
            if not isinstance(block.tag, str) or self._in_nav(block):
                continue
            for icon in block.iter("i", "span", "em", "svg"):
                tokens = (icon.get("class") or "").lower().split()
                if normalized_text(icon) or not any(_PERSON_ICON.search(t) for t in tokens):
                    continue
                following = icon.getnext()
                text = normalize_space(icon.tail or "")
                if not text and following is not None and following.tag in ("a", "span"):
                    text = normalized_text(following)
                if not text or len(text) > 40:
                    continue
                names = author_rules.split_names(text, sites)
                if not names and " " not in text and text.lower() not in sites and author_rules.is_handle_or_name(text):
                    names = [text]
                if names:
                    return names
        return []

    def _author_page_links(self, title_element: etree._Element | None, sites: set[str]) -> list[str]:
        """The names the headline's meta line links to the site's own author pages: ``<div><span><a
        href="/author/florian-steiner/">Florian Steiner</a></span></div><span>25. Aug. 2022</span>`` with no
        class naming it a byline (Hugo's Wowchemy, held-out hugo-wowchemy-tvzofingen). The URL's word is only a
        hint: the link counts in the few blocks beside the headline, outside menus, when its text is a name
        or one handle (an author box far below, a "Posts by …" menu or a list of the site's authors do not).
        A community CMS links its member's profile the same way (Drupal's ``<span class="submitted">2 január,
        2017 - 01:10 poslal <a href="/user/2542">mirom</a></span>``): the link counts in a short line of its
        own (a member linked in the text's sentences is no byline), and the first block naming someone is the
        byline (the comments below it name their own authors)."""
        if title_element is None:
            return []
        before = list(title_element.itersiblings(preceding=True))[:2]
        names = self._author_page_links_in([*before, *list(title_element.itersiblings())[:4]], before, sites)
        if names:
            return names
        # A theme that sets the headline apart, in a hero banner over the page, prints its meta line atop the
        # text instead ("by <a href=/author/x>X</a> · 投稿日: <a>8月 13, 2020</a>", WordPress's Colibri): the
        # block holding the date line the page's date was read from holds the byline too.
        owner = self._label_owners.get("date")
        if owner is None or owner not in self._used_owners:
            return []
        meta_line = owner.getparent()
        if meta_line is None or len(normalize_space(meta_line.text_content())) > 2 * _META_LINE:
            return []
        return self._author_page_links_in([meta_line], [], sites)

    def _author_page_links_in(
        self, blocks: list[etree._Element], before: list[etree._Element], sites: set[str]
    ) -> list[str]:
        """The names of the first line among ``blocks`` linking an author's page (see _author_page_links)."""
        host = netloc_of(self.url)
        names: list[str] = []
        byline: etree._Element | None = None  # the line the first name stands in
        for block in blocks:
            if not isinstance(block.tag, str) or self._in_nav(block) or self._in_other_posts(block):
                continue
            links = [block] if block.tag == "a" else list(block.iter("a"))
            for link in links:
                line = self._short_line_of(link) if bylines.author_page_of(link, host) else None
                if line is None or (byline is not None and line is not byline):
                    continue
                text = normalize_space(link.text_content())
                if not text or len(text) > 60:
                    continue
                found = author_rules.split_names(text, sites)
                if not found and " " not in text and text.lower() not in sites and author_rules.is_handle_or_name(text):
                    found = [text]
                if found:
                    byline = line
                names += [n for n in found if n not in names]
            if names or (block not in before and len(normalize_space(block.text_content())) > _META_LINE):
                # the byline is the first line naming someone, above the post's text: below it, comments
                # and boxes name their own authors
                break
        return names

    def _byline_authors(self, sites: set[str], outside: etree._Element | None = None) -> list[str]:
        """A byline element, found by class/id/rel hints (author, byline, author-name, rel=author);
        with ``outside``, only one that neither sits in that element nor holds it."""
        for element in self._hinted(_BYLINE_HINT):
            if not bylines.is_author_mark(element):
                continue
            if (self._in_nav(element) or self._in_other_posts(element)) and not self._in_meta_panel(element):
                continue
            if outside is not None and (
                element is outside or outside in element.iterancestors() or element in outside.iterancestors()
            ):
                continue
            # A credit written "role：value" ("供稿：通讯员 林超群", "来源：新华网"): the writers it names, or none (a
            # source, a photographer), never the credit whole as one handle.
            credit, writers = author_rules.credited_writers(normalized_text(element))
            if credit:
                if writers:
                    return author_rules.split_names(writers, sites) or [writers]
                continue
            # One name per child first (``<span>Birgit Baumann</span> <span>Anna Giulia Fink</span>``, or
            # ``<a>Sarah Lazare</a><a>Twitter</a>`` whose text runs together), else the whole text;
            # a link to a category or tag listing is none of them.
            texts = list(bylines.texts_without_taxonomy(element))
            names = author_rules.names_from_parts(texts, sites) if len(element) else []
            names = names or author_rules.names_from_byline("".join(texts), sites)
            # Else the names its author marks hold (``<a class="author-link"><img>cynbarby</a>`` beside
            # the date and the tag badges), even account handles: the mark says they are names.
            names = names or self._marked_names(element, sites)
            if names:
                return _named_by_avatars(element, names)
            handle = self._byline_handle(element, sites)
            if handle:
                return [handle]
        return []

    def _marked_names(self, byline: etree._Element, sites: set[str]) -> list[str]:
        """The names the author marks inside a byline element hold, each a name or one handle; [] when
        any mark holding text holds neither (an author box's "Most Recent Stories", "[site]")."""
        names: list[str] = []
        for mark in bylines.marked_authors(byline):
            if (self._in_nav(mark) or self._in_other_posts(mark)) and not self._in_meta_panel(mark):
                continue
            if not normalized_text(mark):
                continue
            texts = list(bylines.texts_without_taxonomy(mark))
            found = author_rules.names_from_parts(texts, sites) or author_rules.split_names("".join(texts), sites)
            if not found:
                handle = self._byline_handle(mark, sites)
                if handle is None:
                    return []
                found = [handle]
            names += [n for n in found if n not in names]
        return names

    @staticmethod
    def _byline_handle(element: etree._Element, sites: set[str]) -> str | None:
        """The one word an author mark holds alone (beside an avatar image at most): an account handle
        or a nickname (``koppt``, ``圆姑娘她爹``, ``右x镇``), which no name rule reads as a person's name.
        Team blogs link each post's author to a profile this way; the element's own author mark is
        what makes it a name."""
        if any(isinstance(child.tag, str) and child.tag != "img" for child in element):
            return None  # a frame of several parts; its name, if any, is in one of them
        text = normalized_text(element)
        if " " in text or not (2 <= len(text) <= 30) or text.lower() in sites:
            return None
        if author_rules.is_by_prefix(text):
            return None  # "Von" in a label element: the name is elsewhere
        if "admin" in text.lower():
            return None  # "jdadmin", "webadmin": the account that posted the page, not its writer
        return text if author_rules.is_handle_or_name(text) else None


# An author box under the text (AuthorCascade._author_box): within the first blocks after the text's own, a name, a
# role and a short bio (longer is a section of the page), the name in a heading of the box
_AUTHOR_BOX_BLOCKS = 4
_AUTHOR_BOX_TEXT = 1200
_AUTHOR_BOX_LEVELS = 3  # elements between the picture and the box holding its heading
_BOX_HEADINGS = ("h2", "h3", "h4", "h5", "h6")


def _blocks_after(element: etree._Element) -> Iterator[etree._Element]:
    """The elements that follow ``element`` in the page, nearest first: its next siblings, then its parent's, up to
    ``<body>``."""
    node: etree._Element | None = element
    while node is not None and node.tag not in ("body", "html"):
        for sibling in node.itersiblings():
            if isinstance(sibling.tag, str):
                yield sibling
        node = node.getparent()


def _box_naming(image: etree._Element, block: etree._Element, name: str) -> etree._Element | None:
    """The nearest element (within ``block``) holding ``image`` and, after it, a heading whose whole text is ``name``,
    linking nowhere; None without one."""
    wanted = name.lower()
    for level, box in enumerate((image, *image.iterancestors())):
        if level > _AUTHOR_BOX_LEVELS:
            return None
        if box is image:
            continue
        seen_image = False
        for element in box.iter(image.tag, *_BOX_HEADINGS):
            if element is image:
                seen_image = True
            elif (
                seen_image
                and element.tag in _BOX_HEADINGS
                and normalized_text(element).lower() == wanted
                and element.find(".//a") is None
                and not any(a.tag == "a" for a in element.iterancestors())
            ):
                return box
        if box is block:
            return None
    return None


# A line of a headline: short, no sentence's punctuation (a title repeated atop the text, its subtitle).
_SENTENCE_MARKS = re.compile(r"[。！？；，,;!?]|\.\s")


def _headline_like(line: str) -> bool:
    line = normalize_space(line)
    return 0 < len(line) <= 40 and not _SENTENCE_MARKS.search(line)


def _name_under_headline(lines: list[str], titled: bool) -> tuple[list[str], str] | None:
    """(names, line): a line of nothing but writers' names (``author_rules.names_alone``: ``胡平``, ``赵延东、风笑天``)
    among the first lines of the text, with nothing above it but headline lines (the title the text repeats, its
    part number) and prose after it: where an old Chinese page, a forum post or a reprint names its writer
    without a label. At the text's very top only when the page has a headline of its own above the text (else
    that line is the headline)."""
    lines = [line for line in map(normalize_space, lines) if line.strip(" \u3000\xa0")]
    for index, line in enumerate(lines[:4]):
        names = author_rules.names_alone(line) if index or titled else []  # a first line without one: the headline
        if names:
            return (names, line) if any(not _headline_like(after) for after in lines[index + 1 :]) else None
        if not _headline_like(line):
            return None
    return None


# Elements that set a line apart as a heading, a label or a link: a section's name ("主题", "问题一"), not a byline.
_SET_APART_TAGS = frozenset("h1 h2 h3 h4 h5 h6 b strong th dt li a summary caption figcaption label button".split())


def _set_apart(container: etree._Element, line: str) -> bool:
    """``line`` is the whole text of a heading, bold, list, link or label element of ``container``."""
    return any(
        isinstance(element.tag, str)
        and element.tag.lower() in _SET_APART_TAGS
        and normalize_space(text_of(element)) == line
        for element in container.iter()
    )


# "according to" before a source's name, not a writer's: "Theo Reuters", "Nach Angaben", "Según EFE", "Via AP"
_SOURCE_LEAD = re.compile(r"(?:theo|nguồn|source|quelle|fuente|fonte|según|segundo|selon|via|nach|aus|laut)\b", re.I)
_ALIGN_RIGHT = re.compile(r"text-align\s*:\s*right", re.IGNORECASE)


def _aligned_right(container: etree._Element, line: str) -> bool:
    """``line`` is the whole text of an element of ``container`` set flush right (``align=right``, ``text-align:
    right`` on it or on an element between it and ``container``): where a letter, a column or a news text signs
    off with its writer's name (``<p style="text-align:right"><strong>Lê Phương</strong></p>``)."""
    if not line:
        return False
    for element in container.iter():
        if not isinstance(element.tag, str) or normalize_space(text_of(element)) != line:
            continue
        if element.tag == "a" or any(True for _ in element.iter("a")):
            return False  # links set right: a pager ("上章 下章"), not a signature
        for node in [element, *element.iterancestors()]:
            if (node.get("align") or "").lower() == "right" or _ALIGN_RIGHT.search(node.get("style") or ""):
                return True
            if node is container:
                break
    return False


def _named_by_avatars(byline: etree._Element, names: list[str]) -> list[str]:
    """The names of ``names`` that the byline's avatars say (``<img alt="Ana Elisa">``), where they say some and
    not all: a profile card prints each author's picture, name and role ("Ana Elisa / Volunteer", MkDocs
    Material's post panel), and the role, a capitalised word, reads as a name too. Names alone where no avatar
    names anyone."""
    alts = {
        normalize_space(image.get("alt") or "").lower()
        for image in islice(byline.iter("img"), 20)
        if (image.get("alt") or "").strip()
    }
    kept = [name for name in names if name.lower() in alts]
    return kept if kept else names
