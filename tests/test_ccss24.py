"""Session 24's shapes (docs/realsites.md, "Session 24"), written small by hand: a Drupal forum's Slovak timestamp
("10 apríl, 2007 - 06:20 poslal …") that dates its page; a Hugo society theme's news page, which prints the front
matter's description and the day ("June 14, 2021") between the headline and the text's block; and the same theme's
event card, whose text under it is either half links (a long address) or the long block, and whose "ADD TO CALENDAR"
caption stands over a row of icon links. Each test fails without its rule; the guards pass on both. Pure."""

from __future__ import annotations

from archiver.extract.article import extract_article
from tests.test_held_s23 import CALENDAR_LEAF, FOOTER, NAV, H, analysed, event_page

# --- a timestamp with a month's name in another language -------------------------------------------------------------

DRUPAL_MENU = (
    "<div id='menu'><ul><li><a href='/blog/'>Blogy</a></li><li><a href='/forum/'>Fórum</a></li>"
    "<li><a href='/book/'>Príručky</a></li></ul></div>"
)


def forum_thread(meta: str) -> str:
    """A Drupal 6 node: the breadcrumb, the headline, the submitted line, the text, the side boxes."""
    return (
        f"<html><head><title>Ubuntu SK | Drupal.SK</title></head><body>{DRUPAL_MENU}<div id='content'>"
        "<div class='breadcrumb'><a href='/'>Domov</a> › <a href='/forum/'>Fórum</a> › "
        "<a href='/forum/21/'>Zoznam webov</a></div><h2 class='title'>Ubuntu SK</h2><div class='node'>"
        f"{meta}<div class='content'><p>Portál pre slovenských používateľov Ubuntu</p>"
        "<p><a href='http://ubuntu-sk.example/'>http://ubuntu-sk.example/</a></p></div></div></div>"
        "<div id='sidebar'><h3>Nové témy vo fóre</h3><ul><li><a href='/node/2400/'>Problem s funkcnostou</a>"
        "<br>3 týždne 2 dni</li><li><a href='/node/2401/'>Views</a><br>11 týždňov 9 hod</li></ul></div>"
        "<div id='footer'>2005 - 2011 Drupal.sk</div></body></html>"
    )


def submitted(day: str) -> str:
    return f"<span class='submitted'>{day} - 06:20 poslal <a href='/user/153/'>rzelnik</a></span>"


def test_a_timestamp_with_a_slovak_month_dates_its_page() -> None:
    """drupal-sk: "10 apríl, 2007 - 06:20 poslal rzelnik" is the node's own date, as "18 marec, 2006 - 16:30" is
    (read as March by its first three letters). "apríl", "máj", "jún", "júl", "október", "január" were no month to
    the pattern: a third of the forum's threads read as undated, and whether the model placed them as articles (by
    their family's dates) or as pages (at the crawl's end) followed the crawl's order (a false exit 5)."""
    for day in ("10 apríl, 2007", "3 január, 2011", "5 máj, 2008", "21 október, 2009"):
        assert analysed(forum_thread(submitted(day)), "/node/191/").has_date, day


def test_the_english_reading_of_a_slovak_month_still_dates_its_page() -> None:
    """Guard: "18 marec, 2006 - 16:30" was a date before (``Mar``); it stays one."""
    assert analysed(forum_thread(submitted("18 marec, 2006")), "/node/56/").has_date


def test_a_day_named_in_a_sentence_or_without_its_time_dates_nothing_new() -> None:
    """Guard: the day with a month's name and a time inside a sentence of the text ("The meeting of 10 apríl, 2007 -
    06:20 …" in a paragraph) is no timestamp line; a day with no time beside a link (a submitted line without its
    clock) is left to the rules that read it before; a number, a word and a year with a time ("Top 10 films 2020 -
    10:00") names no month."""
    sentence = (
        "<p class='submitted'>Na stretnutí, ktoré sa konalo 10 apríl, 2007 - 06:20 v Bratislave, sme sa dohodli na "
        "novom webe komunity a na ďalších krokoch.</p>"
    )
    assert not analysed(forum_thread(sentence), "/node/192/").has_date
    assert not analysed(forum_thread("<span class='meta'>Top 10 films 2020 - 10:00</span>"), "/node/193/").has_date
    undated = "<span class='submitted'>10 apríl, 2007 poslal <a href='/user/153/'>rzelnik</a></span>"
    assert not analysed(forum_thread(undated), "/node/194/").has_date


# --- a news page's description and day between the headline and the text ---------------------------------------------

DESCRIPTION = "From all of us at the society, happy pride month!"


def news_page(excerpt: str, text: str, description: str = DESCRIPTION) -> str:
    return (
        f"<html><head><title>Society | Happy Pride Month!</title><meta name='description' content='{description}'>"
        f"<meta property='og:description' content='{description}'></head><body>{NAV}<div class='overlaypost'>"
        "<article class='overlaypost_content markdown-content'><h1>Happy Pride Month!</h1>"
        f"<p class='post-author'>Written By: Aaditya Chopra</p>{excerpt}<p class='post-date'>June 14, 2021</p>"
        f"<div class='post-content'>{text}</div></article></div>{FOOTER}</body></html>"
    )


NEWS_TEXT = (
    "<p>The society wishes everyone a happy pride month, and shares a few resources with its members.</p>"
    "<p>Here is a list of <strong>amazing resources for LGBTQIA2S+:</strong></p><ul>"
    "<li><a href='https://wics.example/'>Women in Computer Science Pride Series</a></li>"
    "<li><a href='https://gsrc.example/'>Gender &amp; Sexuality Resource Centre</a></li>"
    "<li><a href='https://youthline.example/'>LGBT YouthLine</a></li></ul>"
)


def test_a_date_line_in_words_under_the_headline_leaves_the_body() -> None:
    """hugo-ccss's news: ``<p class="post-date">June 14, 2021</p>``, a line of its own between the headline and the
    text's block, is the date the page was read by ("near-title"); read, it leaves the text, as a numeric date line
    or one in another language's words did."""
    record = extract_article(news_page("", NEWS_TEXT), H + "/news/2021-2022/2021-06-14-happy-pride-month/")
    assert record["published_at"].startswith("2021-06-14")
    assert "June 14, 2021" not in record["body"]
    assert "amazing resources" in record["body"]


def test_the_description_printed_under_the_headline_leaves_the_body() -> None:
    """hugo-ccss's news: the theme prints the front matter's description (the page's meta description) as
    ``p.post-excerpt`` after the headline, a sibling of it above the block holding the text: a standfirst, not the
    text (44 news, the truth is ``div.post-content``)."""
    excerpt = f"<p class='post-excerpt'>{DESCRIPTION}</p>"
    record = extract_article(news_page(excerpt, NEWS_TEXT), H + "/news/2021-2022/2021-06-14-happy-pride-month/")
    assert "happy pride month!" not in record["body"]
    assert "amazing resources" in record["body"]


def test_a_first_paragraph_equal_to_the_description_stays() -> None:
    """Guard: a post whose paragraphs stand beside the headline (no block of their own), the first of them the page's
    description (a CMS writes the description from the text's opening), keeps that paragraph: it is the text's."""
    first = "The society wishes everyone a happy pride month, and shares a few resources with its members."
    html = (
        f"<html><head><title>Pride</title><meta name='description' content='{first}'></head><body>{NAV}"
        f"<article><h1>Pride</h1><p>{first}</p><p>Here is a list of amazing resources for our members, with the "
        "centre's hours and the youth line's number, for anyone who needs them this month.</p>"
        f"<p>See you at the next social, where we will celebrate together with snacks and games.</p></article>"
        f"{FOOTER}</body></html>"
    )
    record = extract_article(html, H + "/news/pride/")
    assert "shares a few resources" in record["body"]


# --- an event's card and its text -------------------------------------------------------------------------------------


def test_an_events_text_of_a_long_address_is_joined_to_its_card() -> None:
    """hugo-ccss: the text under the card is a heading and a line whose one link is the game's long address; after
    links it scored under three quarters of the card, so only the card was kept. Before links it scores as the card
    does, and half of it is text: the card's close rival."""
    text = (
        "<h2>Link to Downloading Game</h2><p>Here is a link to the game on Steam. Completely free!\n"
        "<a href='https://store.example/app/700330/SCP_Secret_Laboratory/'>"
        "https://store.example/app/700330/SCP_Secret_Laboratory/</a></p>"
    )
    record = extract_article(event_page(CALENDAR_LEAF, text), H + "/events/2024-2025/2024-10-24-horror-game/")
    assert "Race against the clock" in record["body"]
    assert "Completely free" in record["body"]


SESSIONS = "".join(
    f"<li>COMP {course} - Dec {day}th @ 5:00 - 6:30 PM, Online (Zoom), with the recording and slides afterwards</li>"
    for course, day in (("1405", 7), ("3000", 9), ("2402", 12), ("1805", 13), ("2804", 15))
)


def test_an_events_long_text_keeps_its_card() -> None:
    """hugo-ccss: a study session's text under the card is the long block (a list of sessions); the card, a short
    block headed by the event's title above it, is its close rival, and the two are the post (the card's lines were
    lost, and the headline's card then replaced the text)."""
    text = f"<p>Online sessions will be recorded and posted here afterwards.</p><ul>{SESSIONS}</ul>"
    record = extract_article(event_page(CALENDAR_LEAF, text), H + "/events/2025-2026/final-study-sessions/")
    assert "Race against the clock" in record["body"]
    assert "COMP 2804" in record["body"]


def test_a_caption_over_icon_links_leaves_the_body() -> None:
    """hugo-ccss: "ADD TO CALENDAR" over the card's Google, Outlook and Apple icons (links showing an icon, no text)
    is a control's caption, not a line of the event."""
    icons = (
        "<a id='g-cal'><iconify-icon icon='akar-icons:google-fill'></iconify-icon></a>"
        "<a id='outlook'><iconify-icon icon='file-icons:microsoft-outlook'></iconify-icon></a>"
        "<a id='apple'><i class='fab fa-apple'></i></a>"
    )
    page = event_page(CALENDAR_LEAF).replace("<a id='g-cal'></a>", icons)
    record = extract_article(page, H + "/events/2024-2025/brain-games/")
    assert "Race against the clock" in record["body"]
    assert "ADD TO CALENDAR" not in record["body"]


def test_a_label_over_a_link_without_an_icon_stays() -> None:
    """Guard: "LOCATION" over a link whose button the parser drops (no icon, no text) is the card's label and
    stays; so does a caption over links that hold text ("Slides:" over the slides' link)."""
    page = (
        event_page(CALENDAR_LEAF)
        .replace("<button>Tory Building</button>", "")
        .replace("<div class='calendar-icons'><a id='g-cal'></a></div>", "<div><a href='/s.pdf'>the slides</a></div>")
    )
    record = extract_article(page, H + "/events/2024-2025/brain-games/")
    assert "LOCATION" in record["body"]
    assert "the slides" in record["body"]


def test_a_text_block_equal_to_the_description_stays() -> None:
    """Guard (vsb-tztvu's notices): a short notice whose whole text, in a block after the headline, is the page's meta
    description is the text, not a standfirst: only a paragraph with a longer block after it is taken."""
    text = "项目名称 江苏电大资产经营有限公司招标代理服务项目 项目编号 2020（B-01）号 公示时间 2021.1.13"
    html = (
        f"<html><head><title>中选公示</title><meta name='description' content='{text}'></head><body>{NAV}"
        f"<div class='main'><h1>中选公示</h1><div class='v_news_content'><p>{text}</p></div>"
        f"<div class='img'><img src='/a.jpg'></div></div>{FOOTER}</body></html>"
    )
    record = extract_article(html, H + "/info/1029/17616.html")
    assert "招标代理服务项目" in record["body"]
