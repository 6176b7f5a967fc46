import lxml.etree
import lxml.html
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from archiver.errors import ExtractionError
from archiver.extract.html import (
    JSONLD_META,
    MAX_DEPTH,
    TRUNCATED_ATTR,
    block_text,
    decode_html,
    parse_html,
    text_of,
)

ZH = "来源：转载自人民网 昆明市保安协会召开培训会议。"


def page(charset_meta: str) -> str:
    return f'<html><head><meta charset="{charset_meta}"></head><body><p>{ZH}</p></body></html>'


@pytest.mark.parametrize(
    ("body", "header", "encoding", "rule"),
    [
        (page("utf-8").encode("utf-8"), "utf-8", "utf-8", "utf-8-valid"),
        (page("gbk").encode("gbk"), "gbk", "gb18030", "header"),
        (page("gb2312").encode("gbk"), None, "gb18030", "meta"),
        # the header claims UTF-8, the meta and the bytes say GBK
        (page("gbk").encode("gbk"), "utf-8", "gb18030", "meta"),
        # the header claims GBK, the bytes are UTF-8
        (page("utf-8").encode("utf-8"), "gbk", "utf-8", "utf-8-valid"),
        (b"\xef\xbb\xbf" + page("gbk").encode("utf-8"), "gbk", "utf-8", "bom"),
        # nothing usable declared: the detector reads the bytes as GBK, decoded by its superset
        (page("bogus-charset").encode("gbk"), "nonsense", "gb18030", "detected"),
    ],
)
def test_decode(body: bytes, header: str | None, encoding: str, rule: str) -> None:
    decoded = decode_html(body, header)
    assert (decoded.encoding, decoded.rule) == (encoding, rule)
    assert ZH in decoded.text


# Pages we wrote in each script, as a legacy portal would serve them: no charset anywhere.
UNDECLARED = [
    ("big5hkscs", "臺北市保全商業同業公會舉辦年度教育訓練，會員單位共有一百二十家參加，理事長致詞勉勵大家。"),
    ("cp932", "東京都防犯協会は、年末の特別警戒について会員各社と会議を開きました。参加者は八十名です。"),
    ("euc_jp", "大阪府の協会は地域の安全を守るため、新しい研修制度を来月から始めると発表しました。"),
    ("cp949", "서울시 보안협회는 연말 특별 경계 기간을 맞아 회원사 대표들과 회의를 열었다고 밝혔다."),
    ("cp1251", "Московская ассоциация охранных предприятий провела ежегодное собрание своих членов."),
    ("cp1250", "Zarząd stowarzyszenia zwołał walne zgromadzenie członków, które odbędzie się w grudniu."),
    ("cp1252", "L'association a réuni ses membres à Genève pour préparer la fête de fin d'année."),
    ("gb18030", "昆明市保安协会召开年度培训工作会议，各会员单位负责人参加会议并交流了经验。"),
]


@pytest.mark.parametrize(("encoding", "text"), UNDECLARED)
def test_an_undeclared_legacy_page_is_read_in_its_encoding(encoding: str, text: str) -> None:
    # The GB18030 fallback alone read the Big5, Japanese and Korean pages as Chinese mojibake
    # (almost any pair of high bytes is a GB18030 character) and the others as Latin-1 noise.
    body = f"<html><head><title>{text[:12]}</title></head><body><p>{text}</p><p>{text}</p></body></html>"
    decoded = decode_html(body.encode(encoding))
    assert text in decoded.text, (encoding, decoded.encoding)
    assert decoded.rule == "detected"


@pytest.mark.parametrize(
    ("label", "text", "encoding"),
    [
        ("shift_jis", "会議は①から③の議題で行われました。", "cp932"),  # ① is Windows-31J's, not JIS X 0208's
        ("euc-kr", "똠방각하 회의", "cp949"),  # 똠 is outside KS X 1001: UHC's
        ("iso-8859-9", "Derneğin genel kurulu İstanbul'da toplandı", "cp1254"),
    ],
)
def test_a_declared_label_is_read_by_the_superset_browsers_use(label: str, text: str, encoding: str) -> None:
    body = f'<html><head><meta charset="{label}"></head><body><p>{text}</p></body></html>'.encode(encoding)
    decoded = decode_html(body)
    assert text in decoded.text and (decoded.encoding, decoded.rule) == (encoding, "meta")


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=3000))
def test_decoding_any_bytes_gives_text(body: bytes) -> None:
    decoded = decode_html(body)
    assert isinstance(decoded.text, str) and decoded.encoding and decoded.rule


def test_gb18030_only_characters() -> None:
    text = page("gb2312") + "镕"  # not in GB2312, common in names
    assert "镕" in decode_html(text.encode("gb18030"), "gb2312").text


@pytest.mark.parametrize("body", [b"", b"   ", b"\x00\x01\x02" * 100, bytes(range(256)) * 20])
def test_not_a_document(body: bytes) -> None:
    with pytest.raises(ExtractionError):
        parse_html(body)


def test_xml_declaration_and_scripts_removed() -> None:
    root, _ = parse_html(
        '<?xml version="1.0" encoding="gbk"?><html><body><script>x()</script>'
        "<p>text</p><style>p{}</style></body></html>"
    )
    assert root.text_content() == "text"


def test_block_text_breaks_like_a_browser() -> None:
    root, _ = parse_html("<div>one<br>two<p>three <b>bold</b>er</p>four<div>five</div></div>")
    assert list(block_text(root.find(".//div"))) == ["one", "two", "three bolder", "four", "five"]


def test_json_ld_survives_as_head_meta_and_scripts_do_not() -> None:
    root, _ = parse_html(
        '<html><body><script type="application/ld+json">{"@type": "NewsArticle"}</script>'
        "<script>alert(1)</script><p>text</p></body></html>"
    )
    assert root.xpath("//head/meta[@name=$n]/@content", n=JSONLD_META) == ['{"@type": "NewsArticle"}']
    assert root.text_content() == "text"


def test_a_page_cannot_claim_it_was_truncated() -> None:
    root, _ = parse_html(f'<html {TRUNCATED_ATTR}="characters"><body><p>text</p></body></html>')
    assert root.get(TRUNCATED_ATTR) is None


def test_control_characters_never_reach_the_tree() -> None:
    root, _ = parse_html("<html><head><title>a\x1b[2Jb</title></head><body><p>c\x07d</p></body></html>")
    assert root.findtext(".//title") == "a[2Jb" and root.text_content().endswith("cd")


# --- text_of: element.text_content() without its XPath call -------------------------------------

_PIECES = st.sampled_from(
    [
        "word",
        " ",
        "\u00a0",
        "\u3000",
        "\t\n",
        "&amp;",
        "&lt;b&gt;",
        "&#x1F600;",
        "&nbsp;",
        "来源：",
        "\u200b",
        "<br>",
        "<!-- a comment -->",
        "<?pi data?>",
        "<b>bold</b>",
        "<i></i>",
        "<script>var a = '<p>';</script>",
        "<textarea>raw <p> text</textarea>",
        "<img alt='not text'>",
    ]
)


@st.composite
def _markup(draw: st.DrawFn, depth: int = 0) -> str:
    parts = draw(st.lists(_PIECES, max_size=6))
    if depth < 3:
        for _ in range(draw(st.integers(0, 3))):
            tag = draw(st.sampled_from(["div", "p", "span", "a", "td", "li", "h1"]))
            parts.insert(draw(st.integers(0, len(parts))), f"<{tag}>{draw(_markup(depth + 1))}</{tag}>")
    return "".join(parts)


@settings(max_examples=200, deadline=None)
@given(_markup())
def test_text_of_is_text_content_for_every_element(markup: str) -> None:
    # Comments and processing instructions kept (lxml.html's own parser) and dropped (parse_html's).
    trees = [lxml.html.document_fromstring(f"<html><body>{markup}x</body></html>")]
    trees.append(parse_html(f"<html><body>{markup}x</body></html>")[0])
    for root in trees:
        for element in root.iter():
            if isinstance(element.tag, str):  # elements: a comment has no text_content()
                assert text_of(element) == element.text_content()


_TYPES = st.sampled_from(
    [
        "application/ld+json",
        "APPLICATION/LD+JSON",
        "application/Ld+Json; charset=utf-8",
        "application/ld&#43;json",
        "text/javascript",
        "ld+jsonp",
        "application/ld json",
        "",
    ]
)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(_TYPES, st.booleans(), st.sampled_from(["head", "body", "div"])), max_size=6))
def test_json_ld_scripts_are_those_the_xpath_selects(scripts: list[tuple[str, bool, str]]) -> None:
    # The selection by tag and type in Python against the XPath it replaced: the same scripts, in order.
    head, body = [], []
    for number, (kind, typed, where) in enumerate(scripts):
        attribute = f' type="{kind}"' if typed else ""
        script = f'<script{attribute}>{{"n": {number}}}</script>'
        (head if where == "head" else body).append(script if where != "div" else f"<div>{script}</div>")
    markup = f"<html><head>{''.join(head)}</head><body>{''.join(body)}<p>x</p></body></html>"
    expected = lxml.etree.XPath("//script[contains(translate(@type,'JSONLD','jsonld'),'ld+json')]")(
        lxml.html.document_fromstring(markup)
    )
    root = parse_html(markup)[0]
    kept = [meta.get("content") for meta in root.iter("meta") if meta.get("name") == JSONLD_META]
    assert kept == [script.text.strip() for script in expected]


@pytest.mark.parametrize("divs", [MAX_DEPTH - 2, MAX_DEPTH - 1, MAX_DEPTH, MAX_DEPTH + 5])
def test_a_tree_is_flattened_at_the_depth_cap_whatever_its_size(divs: int) -> None:
    # html > body > divs: the innermost div is divs + 1 levels below the root, in a tree of divs + 2 elements.
    # At divs = MAX_DEPTH - 1 the tree has just one element more than the cap's depth: the fewest an element
    # that deep needs, which the element count's screen must let through.
    nested = "<div>" * divs + "deep" + "</div>" * divs
    root = parse_html(f"<html><body>{nested}</body></html>")[0]
    deepest = max(len(list(element.iterancestors())) for element in root.iter())
    assert deepest == min(divs + 1, MAX_DEPTH)
    assert ("depth" in (root.get(TRUNCATED_ATTR) or "")) == (divs + 1 >= MAX_DEPTH)
