"""What validation lets into the archive (pipelines/validate.py): pure checks of one record."""

from __future__ import annotations

from pipelines.validate import problems, soft_error


def test_an_image_only_post_is_an_article() -> None:
    assert problems({"title": "Photo report", "body": "", "images": ["http://x.test/1.jpg"]}) == []


def test_no_title_or_no_body_is_not() -> None:
    assert problems({"title": "", "body": "text " * 10}) == ["no title found"]
    assert problems({"title": "T", "body": "short", "images": []}) == [
        "no body found (under 20 characters, no images)"]


def test_a_soft_error_page() -> None:
    assert soft_error({"title": "提示", "body": "系统繁忙，请稍后再试"}) is not None
    assert soft_error({"title": "T", "body": "x" * 500 + " captcha"}) is None
