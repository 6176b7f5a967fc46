from datetime import UTC, date, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from archiver.normalize import (
    _LOOSE_JOINERS,
    _SPACE_CHARS,
    _ZERO_WIDTH,
    _ZERO_WIDTH_IN_UNSPACED,
    CJK_CHAR,
    detect_language,
    normalize_paragraphs,
    normalize_space,
    parse_date,
    reads_japanese,
    script_language,
    strip_controls,
    weighted_length,
)

CAPTURED = datetime(2026, 11, 23, 4, 0, tzinfo=UTC)  # 12:00 in Shanghai


@pytest.mark.parametrize(
    ("text", "expected", "flags"),
    [
        ("2024-11-22 09:14:12", "2024-11-22T09:14:12+08:00", ()),
        ("2024-11-22", "2024-11-22T00:00:00+08:00", ()),
        ("2024/11/22", "2024-11-22T00:00:00+08:00", ()),
        ("2024.11.22 9:05", "2024-11-22T09:05:00+08:00", ()),
        ("2024年11月22日 09:14", "2024-11-22T09:14:00+08:00", ()),
        ("2024年11月22日", "2024-11-22T00:00:00+08:00", ()),
        ("20241122", "2024-11-22T00:00:00+08:00", ()),
        ("2024-11-22T09:14:12Z", "2024-11-22T09:14:12+00:00", ()),
        ("2024-11-22 09:14:12 +0100", "2024-11-22T09:14:12+01:00", ()),
        ("November 22, 2024", "2024-11-22T00:00:00+08:00", ()),
        ("22 Nov 2024 09:14", "2024-11-22T09:14:00+08:00", ()),
        ("11月22日", "2026-11-22T00:00:00+08:00", ("year-inferred",)),
        ("12-25 10:00", "2025-12-25T10:00:00+08:00", ("year-inferred",)),
        ("3天前", "2026-11-20T12:00:00+08:00", ("relative",)),
        ("yesterday", "2026-11-22T12:00:00+08:00", ("relative",)),
    ],
)
def test_parse_date(text: str, expected: str, flags: tuple[str, ...]) -> None:
    parsed = parse_date(text, "Asia/Shanghai", CAPTURED)
    assert parsed.iso == expected
    assert parsed.flags == flags
    assert parsed.value is not None and parsed.value.tzinfo is not None


@pytest.mark.parametrize("text", ["", None, "garbage", "Date:", "2024-13-45", "1899-01-01", "not a date at all 99"])
def test_parse_date_rejects(text: str | None) -> None:
    assert parse_date(text, "Asia/Shanghai", CAPTURED).value is None


def test_future_date_is_rejected_and_flagged() -> None:
    parsed = parse_date("2030-01-01", "Asia/Shanghai", CAPTURED)
    assert parsed.value is None and parsed.flags == ("out-of-range",)


def test_other_zone() -> None:
    assert parse_date("2024-11-22 09:14", "Europe/Berlin", CAPTURED).iso == "2024-11-22T09:14:00+01:00"


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("  a\u00a0\u00a0b \u3000c\n\td ", "a b c d"),
        ("zero\u200bwidth", "zero width"),
        ("soft\u00adhyphen", "softhyphen"),
        ("word\u2060joiner", "wordjoiner"),
        ("\ufeffbom", "bom"),
        # Persian spelling: the zero-width non-joiner inside a word stays (می‌شود is not میشود)
        ("می\u200cشود", "می\u200cشود"),
        ("جلسه\u200cی  یکصدم", "جلسه\u200cی یکصدم"),
        # Indic conjuncts and emoji sequences hold the zero-width joiner
        ("क्\u200dष", "क्\u200dष"),
        ("\U0001f468\u200d\U0001f469\u200d\U0001f467", "\U0001f468\u200d\U0001f469\u200d\U0001f467"),
        # beside a blank or at an end a (non-)joiner joins nothing
        ("\u200cword\u200c \u200d\u200cnext\u200d", "word next"),
        ("a \u200c b", "a b"),
        # between Han or kana characters a zero-width character is no word break: it goes
        ("习近平\u200b主席", "习近平主席"),
        ("中\u200b\ufeff文\u200c，\u200dかな", "中文，かな"),
        ("中文\u200b English", "中文 English"),
        # Thai marks its word breaks so: a space, as elsewhere
        ("ภาษา\u200bไทย", "ภาษา ไทย"),
        (None, ""),
    ],
)
def test_normalize_space(raw: str | None, clean: str) -> None:
    assert normalize_space(raw) == clean


@given(st.text() | st.text(alphabet=st.characters(max_codepoint=127)))
def test_normalize_space_is_one_rule_for_every_text(raw: str) -> None:
    """ASCII text takes a shortcut (no zero-width character to drop): the same result as the full rule."""
    steps = _ZERO_WIDTH_IN_UNSPACED.sub("", _ZERO_WIDTH.sub("", raw))
    assert normalize_space(raw) == _SPACE_CHARS.sub(" ", _LOOSE_JOINERS.sub("", steps)).strip()


@given(st.text(alphabet=st.sampled_from("中文かなไท\u200b\u200c\u200d\ufeff\u2060\u00ad")))
def test_zero_width_characters_never_split_han_or_kana(raw: str) -> None:
    """Text without a real blank: no space comes between two Han or kana characters (it may between Thai ones)."""
    clean = normalize_space(raw)
    assert normalize_space(clean) == clean
    for position in range(1, len(clean) - 1):
        if clean[position] == " ":
            assert not (clean[position - 1] in "中文かな" and clean[position + 1] in "中文かな"), clean


@given(st.text(alphabet=st.sampled_from(" a\u0645\u200c\u200d\u200b\u2060\u00ad\ufeff\n\u3000")))
def test_normalize_space_is_idempotent_and_keeps_joiners_only_inside_words(raw: str) -> None:
    clean = normalize_space(raw)
    assert normalize_space(clean) == clean
    for position, char in enumerate(clean):
        if char in "\u200c\u200d":
            assert 0 < position < len(clean) - 1
            assert clean[position - 1] != " " and clean[position + 1] != " "


def test_paragraphs_joined_by_one_blank_line() -> None:
    assert normalize_paragraphs([" a ", "", "b\n c", "\u3000"]) == "a\n\nb c"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The association held a meeting on training.", "en"),
        ("协会召开保安培训工作会议。", "zh"),
        ("Kunming 昆明市保安协会召开会议", "zh"),
        ("12345 !!!", None),
        # Japanese: kana among the kanji (it was zh)
        ("コミックマーケットに参加してきました。群馬大学電子計算機研究会", "ja"),
        ("東京都知事選挙の投票率が過去最低", "ja"),
        # Chinese quoting a Japanese name, or borrowing the middle dot and the long-vowel mark: Chinese
        ("昆明市保安协会召开会议，" * 10 + "ソニー", "zh"),
        ("列奥纳多・达・芬奇研究会召开会议ー", "zh"),
        ("서울시 보안협회가 회의를 열었다", "ko"),
        # Persian (it was None, or en with one Latin word); Arabic and Urdu are left to the page's lang
        ("جلسه‌ی یکصدم گروه کاربران لینوکس تهران برگزار شد", "fa"),
        ("معرفی میزکار KDE نسخه‌ی چهار در جلسه‌ی گروه کاربران", "fa"),
        ("عقدت الجمعية اجتماعها السنوي في المدينة KDE", None),
        ("پاکستان میں یہ اجلاس بڑے شہر میں ہوا اور ٹیم نے ڈیٹا پیش کیا", None),
    ],
)
def test_detect_language(text: str, lang: str | None) -> None:
    assert detect_language(text) == lang


def _language_by_counts(text: str) -> str | None:
    """detect_language read in full, past its ASCII shortcut: a trailing "·" makes the text non-ASCII and is
    counted by no script (neither a Latin letter nor CJK, kana, Hangul or Arabic)."""
    return detect_language(text[:3999] + "\u00b7")


@given(st.text(alphabet="ab Z9.,\n\u00e9\u4e00\u3400\uff21", max_size=60) | st.text(max_size=60))
def test_detect_language_shortcut_for_ascii_follows_the_counts(text: str) -> None:
    """An ASCII text is told English by its first Latin letter, without counting: the same answer as counting."""
    assert detect_language(text) == _language_by_counts(text)
    assert detect_language("x" * 3990 + text) == _language_by_counts("x" * 3990 + text)  # past the sample's end


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("群馬大学電子計算機研究会 IGGG", "zh"),  # Han alone: the zone asks the page's text (zones.py)
        ("C91に参加してきました | IGGG", "ja"),
        ("تهران لاگ", "fa"),
        ("Harbour news", None),
    ],
)
def test_script_language_ignores_latin_letters(text: str, lang: str | None) -> None:
    assert script_language(text) == lang


TEHRAN = "Asia/Tehran"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1392/10/17", "2014-01-07T00:00:00+03:30"),
        ("۱۳۹۲/۱۰/۱۷", "2014-01-07T00:00:00+03:30"),
        ("١٣٩٢/١٠/١٧", "2014-01-07T00:00:00+03:30"),
        ("1386/08/02", "2007-10-24T00:00:00+03:30"),
        ("\u200f1403/01/01", "2024-03-20T00:00:00+03:30"),  # Nowruz 1403, a right-to-left mark before it
        ("1399-12-30 14:05", "2021-03-20T14:05:00+03:30"),  # the leap day of 1399
        ("۱۷ دی ۱۳۹۲", "2014-01-07T00:00:00+03:30"),
        ("چهارشنبه ۲ آبان ماه ۱۳۸۶", "2007-10-24T00:00:00+03:30"),
        ("۱۵ تیر ۱۳۹۰ ساعت ۱۰:۳۰", "2011-07-06T10:30:00+04:30"),  # Iran's summer time, before 2022
        ("2024-11-22", "2024-11-22T00:00:00+03:30"),  # a Gregorian date on a Persian page stays one
        ("۲۰۲۴/۱۱/۲۲", "2024-11-22T00:00:00+03:30"),
    ],
)
def test_solar_hijri_dates_on_a_persian_page(text: str, expected: str) -> None:
    parsed = parse_date(text, TEHRAN, CAPTURED, solar_hijri=True)
    assert parsed.iso == expected


@pytest.mark.parametrize("text", ["1392/12/31", "1392/13/01", "1392/00/10", "۳۲ دی ۱۳۹۲", "1399-12-30 25:00"])
def test_days_the_solar_hijri_calendar_does_not_have(text: str) -> None:
    """1392 is no leap year (Esfand has 29 days); months run 1-12, days to 31."""
    assert parse_date(text, TEHRAN, CAPTURED, solar_hijri=True).value is None


def test_a_13xx_year_is_no_date_unless_the_page_is_persian() -> None:
    assert parse_date("1392/10/17", TEHRAN, CAPTURED).value is None


@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=60) | st.from_regex(r"1[34]\d\d[/.-]\d\d?[/.-]\d\d?"))
def test_solar_hijri_parsing_never_raises(text: str) -> None:
    parsed = parse_date(text, TEHRAN, CAPTURED, solar_hijri=True)
    assert parsed.value is None or parsed.value.tzinfo is not None


@given(st.dates(min_value=date(1990, 1, 2), max_value=date(2026, 11, 22)))  # midnight in Tehran, within range
def test_solar_hijri_dates_read_back_the_gregorian_day(day: date) -> None:
    import jdatetime

    shown = jdatetime.date.fromgregorian(date=day)
    text = f"{shown.year}/{shown.month:02d}/{shown.day:02d}"
    parsed = parse_date(text, TEHRAN, CAPTURED, solar_hijri=True)
    assert parsed.value is not None and parsed.value.date() == day


@pytest.mark.parametrize(
    ("text", "clean"),
    [
        ("Title\x1b]52;c;aGk=\x07 end", "Title]52;c;aGk= end"),  # OSC 52 clipboard write loses ESC and BEL
        ("a\x1b[2Jb", "a[2Jb"),
        ("C1\x9b31m and DEL\x7f", "C131m and DEL"),
        ("tab\tnew\nline\r\n", "tab\tnew\nline\r\n"),
        ("普通文本", "普通文本"),
    ],
)
def test_strip_controls(text: str, clean: str) -> None:
    assert strip_controls(text) == clean


@given(st.text(alphabet=st.characters(max_codepoint=0x3100), max_size=40), st.sampled_from([0, 10_000, 30_000]))
def test_strip_controls_is_the_same_on_a_field_and_on_a_whole_page(text: str, padding: int) -> None:
    """Short texts are tested with the regex, long ones with substring scans: both drop the same characters."""
    import re

    padded = "x" * padding + text
    assert strip_controls(padded) == re.sub(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]", "", padded)


@given(
    st.text(alphabet="ab .\u00e9\u3000\u33ff\u3400\u4dbf\u4dc0\u4e00\u9fff\ua000\uf8ff\uf900\ufaff\ufb00", max_size=40)
    | st.text()
)
def test_weighted_length_counts_each_cjk_character_three_times(text: str) -> None:
    """By definition, at the edges of the three CJK blocks too (the page analysis's and the extraction's lengths)."""
    cjk = sum(1 for char in text if CJK_CHAR.fullmatch(char))
    assert weighted_length(text) == len(text) + 2 * cjk


@given(
    st.lists(
        st.sampled_from(["中文", "日本語", "ひらがな", "カタカナ", "ｶﾀｶﾅ", "한국어", "فارسی", "English", " ", "1"]),
        max_size=12,
    ).map("".join)
    | st.text(max_size=80)
)
def test_reads_japanese_is_script_language_saying_japanese(text: str) -> None:
    """The one-scan answer for a text without kana is the full count's."""
    assert reads_japanese(text) == (script_language(text) == "ja")
