from pathlib import Path

import pytest

from archiver.extract import extract_article
from archiver.history.change_rules import change_kind, changed_fields, content_hash, fold

GOLDEN = Path(__file__).parent / "golden"
BASE = {
    "title": "保安培训会议",
    "source_raw": "转载自人民网",
    "author": None,
    "published_at": "2024-11-22T09:14:00+08:00",
    "body": "第一段，内容。\n\n第二段。",
    "keywords": ["保安"],
}


@pytest.mark.parametrize(
    "noise",
    [
        {"body": "第一段，内容。\n\n第二段。 "},  # trailing blank
        {"body": "第一段,内容.\n\n第二段."},  # half-width punctuation
        {"body": "第一段，内容。\n\n\n第二段。"},  # paragraph spacing
        {"title": "保安培训会议 "},
        {"title": "保安培训会议！"},
        {"published_at": "2026-11-20T12:00:00+08:00", "published_at_flags": ["relative"]},  # "3天前" moves
    ],
)
def test_noise_is_not_a_change(noise: dict) -> None:
    record = {**BASE, **noise}
    relative_base = {**BASE, "published_at_flags": ["relative"]} if "published_at_flags" in noise else BASE
    assert content_hash(record) == content_hash(relative_base)


@pytest.mark.parametrize(
    ("edit", "kind"),
    [
        ({"body": "第一段，内容有变。\n\n第二段。"}, "edit"),
        ({"title": "保安考试会议"}, "edit"),
        ({"author": "张三"}, "minor"),
        ({"published_at": "2024-11-23T09:14:00+08:00"}, "minor"),
        ({"keywords": ["保安", "培训"]}, "minor"),
    ],
)
def test_real_changes(edit: dict, kind: str) -> None:
    changed = changed_fields(BASE, {**BASE, **edit})
    assert changed == list(edit) and change_kind(changed) == kind


def test_encoding_only_change_is_no_change() -> None:
    page = GOLDEN / "generic" / "gov-article"
    gbk = (page / "page.html").read_bytes()
    utf8 = gbk.decode("gb18030").replace("charset=gb2312", "charset=utf-8").encode("utf-8")
    url = "http://portal.example/content/1.html"
    assert content_hash(extract_article(gbk, url, charset="gbk")) == content_hash(extract_article(utf8, url))


def test_fold() -> None:
    assert fold("Ａ，b。 c!\u3000d") == "Abcd"
