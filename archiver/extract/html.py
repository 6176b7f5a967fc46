"""Bytes -> text -> lxml tree, and the block-level view of a tree that every extractor reads."""

from __future__ import annotations

import codecs
import html as html_lib
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

import lxml.html
from lxml import etree
from lxml.cssselect import CSSSelector

from archiver.errors import ExtractionError
from archiver.normalize import strip_controls

_ELEMENT_CLASSES = etree.ElementDefaultClassLookup(
    element=lxml.html.HtmlElement,
    comment=lxml.html.HtmlComment,
    pi=lxml.html.HtmlProcessingInstruction,
    entity=lxml.html.HtmlEntity,
)
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
_TAG = re.compile(r"<(script|style)[^>]*>.*?</\1>|<[^>]*>", re.I | re.S)
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>", re.I)
# A label is decoded as browsers decode it (the WHATWG Encoding Standard): by the superset its pages
# really use. GBK and GB2312 pages routinely use characters only GB18030 maps, Shift_JIS pages the
# NEC/IBM rows of Windows-31J (①, Ⅲ), EUC-KR pages the rest of Hangul (UHC).
_SUPERSET = {
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "x-gbk": "gb18030",
    "gb_2312-80": "gb18030",
    "big5": "big5hkscs",
    "cp950": "big5hkscs",
    "shift_jis": "cp932",
    "euc_kr": "cp949",
    "iso8859-9": "cp1254",
    "tis-620": "cp874",
    "iso8859-11": "cp874",
    "iso-8859-1": "cp1252",
    "latin-1": "cp1252",
    "ascii": "cp1252",
}
# Bytes enough for the detector to settle: the head's markup holds no legacy bytes, the text does.
_DETECT_BYTES = 1_000_000

BLOCK_TAGS = frozenset(
    "address article aside blockquote body center dd details dialog div dl dt fieldset figcaption "
    "figure footer form h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section summary table "
    "tbody td tfoot th thead tr ul html".split()
)
_DROP_TAGS = (
    "script",
    "style",
    "noscript",
    "template",
    "iframe",
    "object",
    "embed",
    "svg",
    "canvas",
    "select",
    "textarea",
    "button",
    "input",
)

# Extraction caps, far below DOWNLOAD_MAXSIZE (16 MiB): real article pages hold well under
# 1 MB of HTML and 10,000 elements, while a hostile 16 MB page of label-like elements once
# took minutes and gigabytes. What lies past a cap is not parsed; the tree says so (TRUNCATED_ATTR).
MAX_HTML_CHARS = 2_000_000
MAX_ELEMENTS = 30_000
# Deeper elements are unwrapped (text kept): the per-element text reads are O(depth) each.
MAX_DEPTH = 200
TRUNCATED_ATTR = "data-archiver-truncated"
JSONLD_META = "archiver:json-ld"  # <meta name=...> holding a JSON-LD block's text (scripts are dropped)
_MAX_JSONLD_CHARS = 200_000
_DEEP_PATH = etree.XPath("/".join(["*"] * MAX_DEPTH))
_COUNT_ELEMENTS = etree.XPath("count(//*)")
_JSONLD = str.maketrans("JSONLD", "jsonld")


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str
    rule: str  # "bom", "utf-8-valid", "header", "meta", "detected", "fallback"


def _lookup(name: str | None) -> str | None:
    if not name:
        return None
    try:
        canonical = codecs.lookup(name.strip().strip("\"'")).name
    except LookupError:
        return None
    return _SUPERSET.get(canonical, canonical)


def meta_charset(body: bytes) -> str | None:
    match = _META_CHARSET.search(body[:4096])
    return match.group(1).decode("ascii", "replace") if match else None


def decode_html(body: bytes, header_charset: str | None = None) -> Decoded:
    """Decode a page whose declared charsets may be missing or wrong.

    Valid UTF-8 with non-ASCII bytes is almost never an accident, so it wins over any
    declaration; otherwise the header's and then the meta tag's charset are tried
    strictly, and the first that decodes without error is used. A page that declares
    nothing usable is read in the encoding Firefox's detector (chardetng) names: the
    GB18030 fallback alone read every undeclared Big5, Shift_JIS or EUC-KR page as
    Chinese mojibake, since almost any pair of high bytes is a valid GB18030 character
    (`bench/encodings.py`: 683 real pages re-encoded without a declaration, all read right).
    """
    for bom, bom_encoding in (
        (codecs.BOM_UTF8, "utf-8"),
        (codecs.BOM_UTF16_LE, "utf-16-le"),
        (codecs.BOM_UTF16_BE, "utf-16-be"),
    ):
        if body.startswith(bom):
            return Decoded(body[len(bom) :].decode(bom_encoding, "replace"), bom_encoding, "bom")
    try:
        return Decoded(body.decode("utf-8"), "utf-8", "utf-8-valid")
    except UnicodeDecodeError:
        pass
    for rule, declared in (("header", header_charset), ("meta", meta_charset(body))):
        encoding = _lookup(declared)
        if encoding and encoding not in ("utf-8", "utf-16", "utf-16-le", "utf-16-be"):
            try:
                return Decoded(body.decode(encoding), encoding, rule)
            except UnicodeDecodeError:
                continue
    encoding = _lookup(detect_encoding(body[:_DETECT_BYTES]))
    if encoding:
        try:
            return Decoded(body.decode(encoding), encoding, "detected")
        except UnicodeDecodeError:
            pass  # a page cut by the byte cap mid-character, or a mixed page: the fallbacks below
    for encoding in ("gb18030", "cp1252"):
        try:
            return Decoded(body.decode(encoding), encoding, "fallback")
        except UnicodeDecodeError:
            continue
    return Decoded(body.decode("utf-8", "replace"), "utf-8", "fallback")


def detect_encoding(body: bytes) -> str:
    """The legacy encoding Firefox's detector reads ``body`` in (UTF-8 is decided before, by validity)."""
    # Imported here: only pages that declare no usable charset and are not UTF-8 get this far.
    from chardetng_py import detect

    return str(detect(body, allow_utf8=False))


def charset_of(content_type: str | None) -> str | None:
    """The charset an HTTP Content-Type header names (``text/html; charset=GBK`` -> ``GBK``), or None."""
    return (content_type or "").partition("charset=")[2].split(";")[0].strip() or None


def parse_html(html: str | bytes, header_charset: str | None = None) -> tuple[etree._Element, str]:
    """Parse a page into a tree with scripts, styles and comments removed.

    Returns the tree and the encoding used. Raises ExtractionError for content that is
    not a document at all (empty, binary).
    """
    if isinstance(html, bytes):
        decoded = decode_html(html, header_charset)
        text, encoding = decoded.text, decoded.encoding
    else:
        text, encoding = html, "unicode"
    text = _XML_DECLARATION.sub("", text, count=1)
    truncated = []
    if len(text) > MAX_HTML_CHARS:
        cut = text.rfind("<", 0, MAX_HTML_CHARS)  # end at a tag boundary, not inside a tag
        text = text[: cut if cut > MAX_HTML_CHARS // 2 else MAX_HTML_CHARS]
        truncated.append("characters")
    if not text.strip():
        raise ExtractionError("empty document")
    if text.count("\x00") > 16 or _control_ratio(text) > 0.1:
        raise ExtractionError("binary content, not HTML")
    text = strip_controls(text)  # ESC, BEL ... never reach a field (references like &#27; are dropped later)
    # huge_tree lifts libxml2's nesting limit of 256 to about 2,000 levels: CMS pages nest deep.
    parser = lxml.html.HTMLParser(remove_comments=True, remove_pis=True, huge_tree=True)
    # Every element is an HtmlElement (text_content, cssselect, make_links_absolute), looked up in C:
    # lxml.html's default lookup calls Python for each element proxy, to give <form>/<input> their
    # own classes that extraction never uses (a tenth of generic extraction's time on news pages).
    parser.set_element_class_lookup(_ELEMENT_CLASSES)
    try:
        root = lxml.html.document_fromstring(text, parser=parser)
    except (etree.ParserError, ValueError) as exc:
        raise ExtractionError(f"unparsable HTML: {exc}") from exc
    root.attrib.pop(TRUNCATED_ATTR, None)  # only this parser says a page was cut
    _keep_json_ld(root)
    _keep_written_text(root)
    _main_out_of_chrome(root)
    etree.strip_elements(root, *_DROP_TAGS, with_tail=False)
    truncated += _apply_caps(root)
    if truncated:
        root.set(TRUNCATED_ATTR, " ".join(truncated))
    # The first non-blank text node is enough: the whole page's text is not built for this check.
    if not any(piece.strip() for piece in root.itertext()) and _TAG.sub("", text).strip():
        raise ExtractionError(
            "the HTML parser recovered no text from a page that has some "
            "(malformed beyond repair, or nested over ~2,000 levels)"
        )
    return root, encoding


_CHROME_HOLDERS = frozenset({"nav", "aside", "menu"})


def _main_out_of_chrome(root: etree._Element) -> None:
    """Move a ``<main>`` that the parser left inside a ``<nav>``/``<aside>``/``<menu>`` out after it, with what follows
    it there.

    libxml2 ignores an end tag whose element still has an unclosed child: pydata-sphinx-theme's sidebar opens
    ``<nav><div class="bd-toc-item">`` and closes only ``</nav>``, so the page's ``<main>`` and everything after it
    nest in the menu. A browser's HTML5 parser closes the open ``<div>`` at ``</nav>``, and the document model
    forbids a ``<main>`` inside navigation or a sidebar anyway: one found there is the parser's, not the page's.
    Read in the menu, the posts' text is chrome and a page's lists the menu's links (ablog-urbangrammar: no
    listing found, 8 posts of 44 taken for sections)."""
    for main in list(root.iter("main")):
        outer = None
        for ancestor in main.iterancestors():
            if ancestor.tag in _CHROME_HOLDERS:
                outer = ancestor
        if outer is None:
            continue
        moved = [main, *main.itersiblings()]
        for element in reversed(moved):
            outer.addnext(element)


def _keep_json_ld(root: etree._Element) -> None:
    """Keep each JSON-LD block as a ``<meta>`` in ``<head>``: scripts are dropped, but it is page metadata."""
    # The scripts by tag, their type in Python: the same elements in the same order as the XPath
    # ``//script[contains(translate(@type,'JSONLD','jsonld'),'ld+json')]``, without its context per call
    # (13 us against 1 on a replica page; tests/test_html.py compares the two).
    scripts = [script for script in root.iter("script") if "ld+json" in (script.get("type") or "").translate(_JSONLD)]
    if not scripts:
        return
    head = root.find("head")
    if head is None:
        head = etree.Element("head")
        root.insert(0, head)
    for script in scripts:
        text = (script.text or "").strip()
        if text and len(text) <= _MAX_JSONLD_CHARS:
            etree.SubElement(head, "meta", name=JSONLD_META, content=_XML_INVALID.sub("", text))


# A template script that prints a value the template filled in, the page's text once a browser runs it:
# ``var pubdata='2017年06月01日'; if(pubdata!=''){document.write(pubdata);}`` after "发布时间：" (TRS WCM's
# government templates print the day, the source and the byline so). Its statements, each of one kind only.
_JS_NAME = r"[A-Za-z_$][\w$]*"
_JS_STRING = r"'(?:[^'\\\n]|\\.)*'|\"(?:[^\"\\\n]|\\.)*\""
_JS_ASSIGN = re.compile(rf"(?:var\s+)?({_JS_NAME})\s*=\s*({_JS_STRING})\s*;?")
_JS_GUARD = re.compile(rf"if\s*\(\s*({_JS_NAME})\s*!==?\s*(?:''|\"\")\s*\)\s*\{{")
_JS_WRITE = re.compile(
    rf"document\.write(?:ln)?\s*\(\s*((?:{_JS_STRING}|{_JS_NAME})(?:\s*\+\s*(?:{_JS_STRING}|{_JS_NAME}))*)\s*\)\s*;?"
)
_JS_TERM = re.compile(rf"{_JS_STRING}|{_JS_NAME}")
_JS_CLOSE = re.compile(r"\}\s*;?")
_JS_ESCAPE = re.compile(r"\\(.)")


def _written_text(code: str) -> str | None:
    """The text an inline script writes with ``document.write``, where the script does nothing else: string
    variables assigned literals, writes of literals and those variables joined by ``+``, each write perhaps
    guarded by ``if(x!=''){…}`` (skipped when ``x`` is empty). None for any other script, and for one that writes
    markup (an advertisement's ``<script>`` or ``<iframe>``): only text the template printed is kept."""
    values: dict[str, str] = {}
    guards: list[str | None] = []
    written: list[str] = []
    position, end = 0, len(code)
    while True:
        while position < end and code[position] in " \t\r\n;":
            position += 1
        if position >= end:
            break
        if code.startswith("<!--", position) or code.startswith("//", position):
            return None
        if assign := _JS_ASSIGN.match(code, position):
            values[assign.group(1)] = _JS_ESCAPE.sub(r"\1", assign.group(2)[1:-1])
            position = assign.end()
        elif guard := _JS_GUARD.match(code, position):
            guards.append(guard.group(1))
            position = guard.end()
        elif guards and (close := _JS_CLOSE.match(code, position)):
            guards.pop()
            position = close.end()
        elif write := _JS_WRITE.match(code, position):
            if any(name is not None and not values.get(name) for name in guards):
                position = write.end()
                continue
            parts = []
            for term in _JS_TERM.findall(write.group(1)):
                if term[0] in "'\"":
                    parts.append(_JS_ESCAPE.sub(r"\1", term[1:-1]))
                elif term in values:
                    parts.append(values[term])
                else:
                    return None
            written.append("".join(parts))
            position = write.end()
        else:
            return None
    text = html_lib.unescape("".join(written))
    return text if text.strip() and "<" not in text and not guards else None


def _keep_written_text(root: etree._Element) -> None:
    """Put the text each template script writes in its place, as a browser shows it (scripts are dropped)."""
    for script in list(root.iter("script")):
        code = script.text or ""
        if "document.write" not in code or script.get("src") or len(code) > 2000:
            continue
        text = _written_text(code)
        if text is None:
            continue
        previous = script.getprevious()
        if previous is not None:
            previous.tail = (previous.tail or "") + text
        else:
            parent = script.getparent()
            if parent is not None:
                parent.text = (parent.text or "") + text


_XML_INVALID = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


def _apply_caps(root: etree._Element) -> list[str]:
    """Unwrap elements nested deeper than MAX_DEPTH and cut the tree after MAX_ELEMENTS elements."""
    applied = []
    count = _COUNT_ELEMENTS(root)
    # An element MAX_DEPTH levels down needs MAX_DEPTH + 1 elements: a smaller tree skips the deep path's walk.
    deep = _DEEP_PATH(root) if count > MAX_DEPTH else []
    if deep:
        for element in deep:
            etree.strip_tags(element, "*")
        applied.append("depth")
        count = _COUNT_ELEMENTS(root)
    if count > MAX_ELEMENTS:
        for index, element in enumerate(root.iter()):
            if index == MAX_ELEMENTS:
                _cut_from(element)
                break
        applied.append("elements")
    return applied


def _cut_from(element: etree._Element) -> None:
    """Remove ``element`` and everything after it in document order."""
    node = element
    while node is not None:
        parent = node.getparent()
        if parent is None:
            break
        for sibling in list(node.itersiblings()):
            parent.remove(sibling)
        if node is element:
            node.tail = None
            parent.remove(node)
        node = parent


_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f]")  # control characters but \t \n \f \r


def _control_ratio(text: str) -> float:
    sample = text[:2000]
    return len(_CONTROL.findall(sample)) / max(len(sample), 1)


def block_text(element: etree._Element) -> Iterator[str]:
    """Yield the paragraphs of ``element`` as a browser would break them.

    A block-level child or a ``<br>`` ends a paragraph; inline markup joins text as is.
    """
    buffer: list[str] = []

    def flush() -> Iterator[str]:
        if buffer:
            text = "".join(buffer)
            buffer.clear()
            if text.strip():
                yield text

    def walk(node: etree._Element) -> Iterator[str]:
        if node.text:
            buffer.append(node.text)
        for child in node:
            if not isinstance(child.tag, str):
                if child.tail:
                    buffer.append(child.tail)
                continue
            tag = child.tag.lower()
            if tag == "br":
                yield from flush()
            elif tag in BLOCK_TAGS:
                yield from flush()
                yield from walk(child)
                yield from flush()
            else:
                yield from walk(child)
            if child.tail:
                buffer.append(child.tail)

    yield from walk(element)
    yield from flush()


def text_of(element: etree._Element) -> str:
    """``element.text_content()`` (every text node below it, in order), without its XPath call.

    With no child (element, comment or PI) the text is the element's own: the same string. Most
    inline elements (a link, a ``<strong>``) and short headings are such leaves. Otherwise libxml2's
    text serializer: it reads the node's content with the function XPath's ``string()`` calls
    (``xmlNodeGetContent``), so the same string, at a third of the cost (no XPath evaluation
    context per call). A plain ``str``: no caller uses the smart string's ``getparent()``.
    """
    if not len(element):
        return element.text or ""
    text: str = etree.tostring(element, method="text", encoding="unicode", with_tail=False)
    return text


def inline_text(element: etree._Element, limit: int | None = None) -> str:
    """All text below ``element`` with a space at every element boundary (for label lines).

    With ``limit``, "" as soon as the text is known to be longer: a page's wrappers hold all
    of its text, and reading it whole for each of them is what made label lines costly.
    """
    parts: list[str] = []
    length = -1
    for text in element.itertext():
        stripped = text.strip()
        if stripped:
            parts.append(stripped)
            length += len(stripped) + 1
            if limit is not None and length > limit:
                return ""
    return " ".join(parts)


@lru_cache(maxsize=512)
def css(selector: str) -> CSSSelector:
    """A compiled CSS selector: ``element.cssselect`` translates CSS to XPath on every call."""
    return CSSSelector(selector, translator="html")


def attr_names(element: etree._Element) -> str:
    """``id`` and ``class`` of an element, lower-cased, for the boilerplate/content heuristics."""
    return f"{element.get('id', '')} {element.get('class', '')}".lower()
