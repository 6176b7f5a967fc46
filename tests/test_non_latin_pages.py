"""Pages in Persian and Japanese (pages written for these tests): their spelling, dates and zones."""

from __future__ import annotations

from datetime import UTC, datetime

from lxml import html as lxml_html

from archiver.extract import extract_article
from archiver.extract.zones import site_language, zone_of_language

CAPTURED = datetime(2026, 11, 23, tzinfo=UTC)

# "The hundredth session of the group was held on Wednesday at the university; the speaker presented
# the fourth version of the desktop and its features." ZWNJ (U+200C) inside جلسه‌ی, ویژگی‌های, می‌شود.
FA_PROSE = (
    "جلسه‌ی یکصدم گروه کاربران لینوکس روز چهارشنبه در دانشگاه برگزار شد. در این جلسه سخنران به معرفی "
    "نسخه‌ی چهارم میزکار و ویژگی‌های منحصر به فرد آن پرداخت و گفت که این نسخه به زودی منتشر می‌شود. "
)


def _persian_page(date_line: str, title: str = "جلسه‌ی یکصدم") -> str:
    """A Frozen-Flask report: the site's name as ``<title>``, the headline a div, the date a bare line."""
    return (
        "<html><head><meta charset='utf-8'><title>گروه کاربران لینوکس تهران</title></head><body>"
        "<nav><a href='/'>خانه</a> <a href='/reports/'>گزارش جلسات</a> <a href='/news/'>آرشیو خبری</a></nav>"
        f"<div id='content'><div class='title'>{title}</div><div class='date'>{date_line}</div>"
        f"<div class='body'><p>{FA_PROSE * 3}</p><p>{FA_PROSE * 2}</p></div></div>"
        "<footer><p>گروه کاربران لینوکس تهران</p></footer></body></html>"
    )


def _extract(page: str, url: str) -> dict:
    return dict(extract_article(page, url, captured_at=CAPTURED))


def test_a_persian_pages_solar_hijri_date_line_is_its_date_in_irans_zone() -> None:
    record = _extract(_persian_page("1392/10/17"), "https://lug.example.org/reports/session-100/")
    assert record["published_at"] == "2014-01-07T00:00:00+03:30"
    assert record["rules"]["published_at"].endswith("/solar-hijri")
    assert record["language"] == "fa"


def test_persian_digits_and_a_month_name_read_too() -> None:
    for line in ("۱۳۹۲/۱۰/۱۷", "۱۷ دی ۱۳۹۲"):
        record = _extract(_persian_page(line), "https://lug.example.org/reports/session-101/")
        assert record["published_at"] == "2014-01-07T00:00:00+03:30", line


def test_a_persian_body_keeps_its_zero_width_non_joiners() -> None:
    record = _extract(_persian_page("1392/10/17"), "https://lug.example.org/reports/session-102/")
    assert "ویژگی\u200cهای" in record["body"]
    assert "می\u200cشود" in record["body"]
    assert "میشود" not in record["body"]


def test_a_13xx_date_on_a_page_not_in_persian_is_no_date() -> None:
    """Only a Persian page's 13xx years are Solar Hijri: an English page's ``1392/10/17`` is a number."""
    page = (
        "<html><head><title>Minutes</title></head><body><article><h1>Minutes of the meeting</h1>"
        "<div class='date'>1392/10/17</div>"
        "<div class='body'><p>" + "The meeting approved the budget and elected a new board. " * 12 + "</p></div>"
        "</article></body></html>"
    )
    record = _extract(page, "https://club.example.org/minutes/")
    assert record["published_at"] is None or not record["published_at"].startswith("2014-01-07")
    assert "solar-hijri" not in record["rules"]["published_at"]


# A Japanese club's post: the site's name in kanji only (no kana) in <title> and the header.
JA_PROSE = (
    "コミックマーケットに参加してきました。今回は新しい本を頒布し、多くの方に手に取っていただきました。"
    "次回のイベントでも新刊を用意する予定ですので、よろしくお願いします。"
)


def _japanese_page(time_text: str) -> str:
    return (
        "<html><head><meta charset='utf-8'><title>群馬大学電子計算機研究会</title></head><body>"
        "<div id='header'><h1><a href='/'>群馬大学電子計算機研究会</a></h1></div>"
        "<article class='post'><header><h2>C91に参加してきました</h2>"
        f"<p><time>{time_text}</time></p></header>"
        f"<div class='post-content'><p>{JA_PROSE * 3}</p><p>{JA_PROSE * 2}</p></div></article></body></html>"
    )


def test_a_japanese_page_whose_site_name_is_kanji_only_is_read_in_tokyo_time() -> None:
    record = _extract(_japanese_page("2016-12-31 10:00"), "https://club.example.org/news/2016/12-31/")
    assert record["published_at"] == "2016-12-31T10:00:00+09:00"
    assert record["language"] == "ja"


def _root(page: str) -> lxml_html.HtmlElement:
    return lxml_html.fromstring(page)


def test_han_alone_stays_chinese_when_the_text_has_no_kana() -> None:
    """A Chinese page that borrows the katakana middle dot (``达・芬奇``) is still Chinese."""
    page = (
        "<html><head><title>协会新闻</title></head><body><h1>协会召开会员大会</h1>"
        "<p>会议由列奥纳多・达・芬奇研究会承办，会员代表参加了会议并讨论了明年的工作计划。</p></body></html>"
    )
    assert site_language(_root(page), "协会新闻") == "zh"
    assert zone_of_language("zh", "https://news.example.com/a/") == "Etc/GMT-8"


def test_han_alone_is_japanese_where_the_page_declares_it() -> None:
    page = "<html lang='ja'><head><title>群馬大学</title></head><body><p>群馬大学</p></body></html>"
    assert site_language(_root(page), "群馬大学") == "ja"


def test_a_persian_title_makes_the_page_persian() -> None:
    page = _persian_page("1392/10/17")
    assert site_language(_root(page), "گروه کاربران لینوکس تهران") == "fa"
    assert zone_of_language("fa", "https://lug.example.org/") == "Asia/Tehran"
