from archiver.diffing import VersionDiff, inline, tokens
from archiver.render_diff import diff_html, diff_text


def version(number: int, **fields: object) -> dict:
    return {"version": number, "title": "T", "body": "a\n\nb", "captured_at": "2026-11-23T00:00:00+00:00",
            "change_kind": "edit", "language": "en", **fields}


def test_tokens_are_words_or_chinese_characters() -> None:
    assert tokens("The guard 保安员 on duty") == ["The", " ", "guard", " ", "保", "安", "员", " ", "on", " ", "duty"]


def test_inline_word_level() -> None:
    assert inline("the old text", "the new text") == [("equal", "the "), ("delete", "old"), ("insert", "new"),
                                                       ("equal", " text")]


def test_inline_character_level_for_chinese() -> None:
    assert inline("保安培训会议", "保安考试会议") == [("equal", "保安"), ("delete", "培训"), ("insert", "考试"),
                                                 ("equal", "会议")]


def test_fields_and_body_diff() -> None:
    diff = VersionDiff("http://p/1", version(1), version(2, title="T2", body="a\n\nb changed\n\nc"))
    assert diff.fields == {"title": {"old": "T", "new": "T2"}}
    assert [line for line in diff.body_diff() if line[:1] in "+-" and line[:3] not in ("+++", "---")] == \
        ["-b", "+b changed", "+c"]
    assert "title: 'T' -> 'T2'" in diff_text(diff)


def test_html_escapes_archived_markup() -> None:
    hostile = '<script>alert("x")</script><img src=x onerror=alert(1)>'
    diff = VersionDiff('http://p/1"><script>', version(1, title=hostile), version(2, title=hostile + "!",
                                                                                  body=f"a\n\n{hostile}"))
    html = diff_html(diff)
    assert "<script>" not in html and "<img" not in html and "onerror=alert(1)>" not in html
    assert "&lt;script&gt;" in html
    assert "<ins>" in html
