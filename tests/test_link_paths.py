"""The link groups' structural helpers against their plain definitions, on generated trees: the page analysis
computes them once per list and climbs only as far as needed, and must give what the definitions give."""

from hypothesis import given
from hypothesis import strategies as st
from lxml import etree

from archiver.discovery.page import _Ancestry, _common_ancestor, _signature

_CLASSES = st.sampled_from(["", "item", "item new", "post hentry cat-1", "post hentry cat-2", "card", "x y z"])


@st.composite
def trees(draw: st.DrawFn, depth: int = 3) -> etree._Element:
    """A tree of div/ul/li/td elements with class attributes drawn from a few shared words."""

    def grow(parent: etree._Element, level: int) -> None:
        for _ in range(draw(st.integers(0, 4 if level < depth else 0))):
            child = etree.SubElement(parent, draw(st.sampled_from(["div", "ul", "li", "td", "th", "a"])))
            classes = draw(_CLASSES)
            if classes:
                child.set("class", classes)
            grow(child, level + 1)

    root = etree.Element("html")
    grow(etree.SubElement(root, "body"), 0)
    return root


def _reference_common_ancestor(elements: list[etree._Element]) -> etree._Element | None:
    first = [elements[0], *elements[0].iterancestors()]
    shared = set(first)
    for element in elements[1:]:
        shared &= {element, *element.iterancestors()}
    return next((e for e in first if e in shared), None)


@given(trees(), st.data())
def test_common_ancestor_is_the_lowest_shared_one(root: etree._Element, data: st.DataObject) -> None:
    elements = list(root.iter())
    chosen = data.draw(st.lists(st.sampled_from(elements), min_size=1, max_size=6))
    assert _common_ancestor(chosen) is _reference_common_ancestor(chosen)


def test_common_ancestor_of_two_documents_is_none() -> None:
    assert _common_ancestor([etree.Element("a"), etree.Element("a")]) is None


def _reference_path(anchor: etree._Element) -> str:
    """The link's path by definition: its ancestors' signatures below the last <body> or <html>, then ``a``."""
    signatures: list[str] = []
    for element in reversed(list(anchor.iterancestors())):
        signatures = [] if element.tag in ("body", "html") else [*signatures, _signature(element)]
    return "/".join([*signatures, "a"])


@given(trees())
def test_path_keys_remembered_by_kind_are_each_link_s_own(root: etree._Element) -> None:
    ancestry = _Ancestry()
    for anchor in root.iter("a"):
        assert ancestry.path_key(anchor) == _reference_path(anchor)


def test_cells_of_one_row_keep_their_columns() -> None:
    """Two cells of one row with one class attribute are one kind but for their column: a date column's
    links are another group than the title column's."""
    row = etree.fromstring(
        '<html><body><table><tr><td class="c"><a href="/1">x</a></td>'
        '<td class="c"><a href="/2">y</a></td></tr></table></body></html>'
    )
    ancestry = _Ancestry()
    paths = [ancestry.path_key(anchor) for anchor in row.iter("a")]
    assert paths == [_reference_path(anchor) for anchor in row.iter("a")]
    assert paths[0] != paths[1]
