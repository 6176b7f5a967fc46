"""Pages modelled on the seventh round of held-out real sites (docs/realsites.md, "Held-out sites, seventh round
(non-Chinese)"), written for these tests: a community association's portal on Drupal 6 saved with a website
copier, and a standards agency's WordPress news whose headlines name whole standards."""

from __future__ import annotations

from datetime import UTC, datetime

from archiver.extract import extract_article

CAPTURED = datetime(2026, 12, 2, tzinfo=UTC)

SK_PROSE = (
    "Stretnutie komunity sa uskutočnilo v priestoroch knižnice a zúčastnilo sa ho dvadsať ľudí. "
    "Hovorili sme o preklade rozhrania, o pripravovanej konferencii a o tom, ako pomôcť začiatočníkom. "
)


def community_node(
    submitted: str, comments: str = "", sidebar: str = "", column: str = "main-content with-sidebar"
) -> str:
    """A Drupal 6 node page: the headline in the content column (``main-content with-sidebar``), the node's
    submitted line above its text, the comments under it, and a sidebar of the newest forum topics."""
    return (
        "<html><head><meta charset='utf-8'><title>Jarné stretnutie komunity | Komunita.SK</title></head><body>"
        "<div id='head'><div id='logo'><a href='/'><img src='/logo.png' alt='Komunita.SK'></a></div>"
        "<div id='navbar'><ul class='menu'><li><a href='/blog/'>Blogy</a></li><li><a href='/forum/'>Fórum</a>"
        f"</li></ul></div></div><div id='page'><div id='content' class='{column}'>"
        "<div class='breadcrumb'><a href='/'>Domov</a> › <a href='/blog/'>Blogy</a></div>"
        "<h1>Jarné stretnutie komunity</h1><div id='node-12' class='node clear-block'>"
        f"<span class='submitted'>{submitted}</span>"
        f"<div class='content'><p>{SK_PROSE}</p><p>{SK_PROSE}</p></div>"
        "<ul class='links inline'><li><a href='/blog/5/'>Blog používateľa janko</a></li></ul></div>"
        f"{comments}</div><div id='sidebar'><div class='block'><h3>Nové témy vo fóre</h3>{sidebar}{TOPICS}</div>"
        f"<div class='block'><h3>Najnovšie v blogoch</h3>{TOPICS}</div></div>"
        "</div></body></html>"
    )


# The sidebar's blocks of newest topics and comments: on a short post they hold more text than the column
TOPICS = "".join(
    f"<div class='views-field-title'><span><a href='/node/{n}/'>{topic}</a></span></div>"
    f"<div class='views-field-changed'><span>pred {n} dňami</span></div>"
    for n, topic in enumerate(
        (
            "Preklad rozhrania do slovenčiny pre novú verziu",
            "Hľadáme programátora na menší projekt pre obec",
            "Problém s funkčnosťou stránky po aktualizácii modulov",
            "Ako nastaviť viacjazyčný obsah a preklady menu",
            "Výkon stránky na zdieľanom hostingu a vyrovnávacia pamäť",
            "Aplikácia podobná systému na správu kurzov pre školu",
            "Validácia prekladov a kontrola zmien pred vydaním",
            "Migrácia starého webu na novú verziu systému",
        ),
        start=80,
    )
)

COMMENTS = (
    "<div id='comments'><h2 class='comments'>Komentáre</h2><div class='comment'>"
    "<div class='submitted'>4 marec, 2017 - 09:49 poslal <a href='/user/239/'>ferko</a>.</div>"
    "<div class='content'><p>Ďakujem za zhrnutie, nabudúce prídem aj ja.</p></div></div></div>"
)


def test_a_content_column_beside_a_sidebar_holds_the_headline() -> None:
    """``with-sidebar`` says where the column sits, not that it is a sidebar: its <h1> is the headline, not
    a sidebar topic that repeats the site's name in <title> (first contact: 'komunita.sk' on 59 of 166)."""
    sidebar = "<div class='views-field-title'><span><a href='/node/90/'>komunita.sk</a></span></div>"
    page = community_node("2 marec, 2017 - 01:10 poslal janko", sidebar=sidebar)
    record = dict(extract_article(page, "https://komunita.example/node/12/", captured_at=CAPTURED))
    assert record["title"] == "Jarné stretnutie komunity"


def test_the_submitted_line_above_the_text_dates_the_post() -> None:
    """The node's meta line is a <span> standing as a line of its own above the text's <div>: its day is the
    post's, not one the text mentions in a short line ("Dátum: 29.06.2017") or a comment's (first contact:
    48 of 166 dates wrong)."""
    when = "<ul><li>Dátum: 29.06.2017</li><li>Miesto: knižnica</li></ul>"
    page = community_node("20 jún, 2017 - 10:15 poslal janko", comments=COMMENTS, column="main-content").replace(
        "<div class='content'>", f"<div class='content'>{when}", 1
    )
    record = dict(extract_article(page, "https://komunita.example/node/12/", captured_at=CAPTURED))
    assert record["published_at"] is not None and record["published_at"].startswith("2017-06-20")


def test_a_link_to_the_members_profile_in_the_submitted_line_is_the_author() -> None:
    """Drupal links who posted to their profile (``/user/<uid>``), in the meta line above the text: that
    member is the author; the commenters below, linked the same way, are not (first contact: 0 of 166)."""
    page = community_node("2 marec, 2017 - 01:10 poslal <a href='/user/5/'>janko</a>", comments=COMMENTS)
    record = dict(extract_article(page, "https://komunita.example/node/12/", captured_at=CAPTURED))
    assert record["author"] == "janko"


def test_a_post_by_a_visitor_takes_no_commenter_as_its_author() -> None:
    """Without a profile link in the post's own line (an anonymous visitor's post), the comments' profile
    links below the text name no author of the post."""
    page = community_node("2 marec, 2017 - 01:10 poslal Anonymous", comments=COMMENTS)
    record = dict(extract_article(page, "https://komunita.example/node/12/", captured_at=CAPTURED))
    assert record["author"] is None


def test_a_member_linked_in_the_text_is_no_author() -> None:
    """A profile link inside a paragraph of the text (thanking a member) is no byline."""
    thanks = f"<p>{SK_PROSE} Poďakovanie patrí <a href='/user/7/'>mirkovi</a> za prípravu miestnosti.</p>"
    page = community_node("2 marec, 2017 - 01:10 poslal Anonymous").replace(
        "<div class='content'>", f"<div class='content'>{thanks}", 1
    )
    record = dict(extract_article(page, "https://komunita.example/node/12/", captured_at=CAPTURED))
    assert record["author"] is None


LONG_HEADLINE = (
    "28 jours, 28 normes rendues d’application obligatoire. Jour 13 – norme 13 : NGA 13518 : 2013 Les "
    "préparations destinées aux nourrissons et les préparations données à des fins médicales spéciales aux "
    "nourrissons."
)


def test_a_headline_longer_than_a_line_is_matched_against_the_title_tag() -> None:
    """A standards body names the whole standard in its headline (221 characters): <title> repeats it before
    " – Agence", and the <h1> is the headline, not <title>'s first part before a dash (first contact: 7 of
    the agency's 222 titles cut)."""
    page = (
        f"<html><head><meta charset='utf-8'><title>{LONG_HEADLINE} – Agence</title></head><body>"
        "<header class='main-header'><nav><a href='/'>Accueil</a> <a href='/actualites/'>Actualités</a></nav>"
        f"</header><div id='sub-header'><header class='page-header'><h1><span class='title'>{LONG_HEADLINE}"
        "</span></h1></header></div><article class='single-post-wrapper'><span class='post-date'>mai 20, 2022"
        "</span><div class='post-content the-content'><p>La norme fixe les exigences de composition et "
        "d’étiquetage des préparations pour nourrissons vendues dans le pays, et les méthodes de contrôle que "
        "les laboratoires agréés appliquent.</p></div></article></body></html>"
    )
    record = dict(extract_article(page, "https://agence.example/2022/05/20/jour-13/", captured_at=CAPTURED))
    assert record["title"] == LONG_HEADLINE
