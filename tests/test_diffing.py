import pytest

from archiver.history.diffing import VersionDiff, inline, tokens
from archiver.render.diff_html import diff_html, diff_text


def version(number: int, **fields: object) -> dict:
    return {
        "version": number,
        "title": "T",
        "body": "a\n\nb",
        "captured_at": "2026-11-23T00:00:00+00:00",
        "change_kind": "edit",
        "language": "en",
        **fields,
    }


def test_tokens_are_words_or_chinese_characters() -> None:
    assert tokens("The guard 保安员 on duty") == ["The", " ", "guard", " ", "保", "安", "员", " ", "on", " ", "duty"]


def test_inline_word_level() -> None:
    assert inline("the old text", "the new text") == [
        ("equal", "the "),
        ("delete", "old"),
        ("insert", "new"),
        ("equal", " text"),
    ]


def test_inline_character_level_for_chinese() -> None:
    assert inline("保安培训会议", "保安考试会议") == [
        ("equal", "保安"),
        ("delete", "培训"),
        ("insert", "考试"),
        ("equal", "会议"),
    ]


def test_fields_and_body_diff() -> None:
    diff = VersionDiff("http://p/1", version(1), version(2, title="T2", body="a\n\nb changed\n\nc"))
    assert diff.fields == {"title": {"old": "T", "new": "T2"}}
    assert [line for line in diff.body_diff() if line[:1] in "+-" and line[:3] not in ("+++", "---")] == [
        "-b",
        "+b changed",
        "+c",
    ]
    assert "title: 'T' -> 'T2'" in diff_text(diff)


def test_html_escapes_archived_markup() -> None:
    hostile = '<script>alert("x")</script><img src=x onerror=alert(1)>'
    diff = VersionDiff(
        'http://p/1"><script>', version(1, title=hostile), version(2, title=hostile + "!", body=f"a\n\n{hostile}")
    )
    html = diff_html(diff)
    assert "<script>" not in html and "<img" not in html and "onerror=alert(1)>" not in html
    assert "&lt;script&gt;" in html
    assert "<ins>" in html


def _long_paragraph(words: int, seed: int) -> str:
    import random

    rng = random.Random(seed)
    vocabulary = ["security", "training", "the", "of", "association", "members", "guard", "city", "安保", "培训"]
    return " ".join(rng.choice(vocabulary) for _ in range(words))


@pytest.mark.parametrize("edit", ["scattered", "localized"])
def test_a_100k_character_paragraph_is_never_aligned_quadratically(monkeypatch: pytest.MonkeyPatch, edit: str) -> None:
    """Issue 13 #27: every alignment difflib is asked for stays under the size cap (time follows size)."""
    import difflib

    from archiver.history import diffing
    from archiver.render.diff_html import diff_html, diff_text

    compared: list[int] = []
    real = difflib.SequenceMatcher

    class Counting(real):  # type: ignore[misc, valid-type]
        def set_seqs(self, a, b):
            compared.append(len(a) * len(b))
            super().set_seqs(a, b)

    monkeypatch.setattr(difflib, "SequenceMatcher", Counting)
    old_text = _long_paragraph(17_000, 1)
    assert len(old_text) > 100_000
    cut = old_text.index(" ", 50_000) + 1
    new_text = (
        _long_paragraph(17_000, 2) if edit == "scattered" else old_text[:cut] + "inserted words here " + old_text[cut:]
    )
    diff = diffing.VersionDiff(
        "http://h/a",
        {"version": 1, "body": f"Intro.\n\n{old_text}\n\nEnd."},
        {"version": 2, "body": f"Intro.\n\n{new_text}\n\nEnd."},
    )
    changes = diff.paragraph_changes()
    text, html, unified = diff_text(diff), diff_html(diff), diff.body_diff()
    assert compared and max(compared) <= diffing.MAX_COMPARED_PAIRS
    assert changes[0]["op"] == changes[-1]["op"] == "equal"
    assert text and html and unified[0] == "--- version 1"
    if edit == "localized":  # one edit in a long paragraph is still shown exactly
        edited = next(c for c in changes if c["op"] == "edited")
        assert [run for run in edited["inline"] if run[0] != "equal"] == [["insert", "inserted words here "]]


def test_linear_opcodes_rebuild_the_new_sequence() -> None:
    from archiver.history.diffing import MAX_COMPARED_PAIRS, opcodes

    size = int(MAX_COMPARED_PAIRS**0.5) + 10
    a = [str(i % 7) for i in range(size)]
    b = ["x", *a[: size // 2], "y", *a[size // 2 :], "z"]
    rebuilt = []
    for op, i1, i2, j1, j2 in opcodes(a, b):
        rebuilt.extend(a[i1:i2] if op == "equal" else b[j1:j2])
    assert rebuilt == b


def test_cli_text_diff_is_character_level_inside_a_changed_chinese_paragraph() -> None:
    """Issue 17: a two-character edit was a whole paragraph removed and another added."""
    before = "开头一段。\n\n昆明市保安协会召开年度培训会议，二百余人参加。\n\n结尾。"
    after = "开头一段。\n\n昆明市保安协会举办年度培训会议，二百余人参加。\n\n结尾。\n\nA new paragraph."
    text = diff_text(VersionDiff("http://p/1", version(1, body=before), version(2, body=after)))
    assert "    ~ 昆明市保安协会[-召开-]{+举办+}年度培训会议，二百余人参加。" in text
    assert "    + A new paragraph." in text and "= 1 paragraph unchanged" in text
    assert "- 昆明市" not in text
    english = diff_text(
        VersionDiff(
            "http://p/1", version(1, body="The guards held training."), version(2, body="The guards held a drill.")
        )
    )
    assert "    ~ The guards held [-training.-]{+a drill.+}" in english
