"""The completeness check by article template: what a crawl fetched that looks like its posts. Pure.

The listing check (``completeness.py``) estimates what each recognised listing holds. A listing
the site model never recognised (news cards linking each post twice, a digest linking each post
by a "more", dates in a language the listing reader does not know) gives it nothing to estimate,
and its posts are fetched, held and released as pages: a quarter of a site archived, and the run
said nothing. This check needs no listing. It learns from the articles listings list what a post
of this site looks like: the layout its headline sits in (``PageAnalysis.template``: one generator
template renders every post) and the shape of its URL (the same depth and ending, one folder name
free: ``/club/articles/x/`` and ``/club/news/y/``). A page placed as no article that has both, and
a date where those posts show one, and that no menu links, is a post the crawl did not archive;
linked pages of a post's exact URL shape never requested are too. Past the tolerance, the
shortfall is a warning and exit code 5.

What shares nothing with the posts stays out by construction: a tag or archive page renders
through the list layout (another headline template), pagination and attachments have another URL
shape, an about page that shares a post's layout and shape prints no date where posts do, and a
docs section in the blog's layout is linked from the site's menus.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from archiver.discovery.completeness import MIN_MISSING
from archiver.discovery.page import analyze_stored

# A template is learned from this many archived articles that listings list, at least: fewer say nothing.
MIN_ARCHIVED = 5
# Past this share of the template's estimate (and MIN_MISSING pages), what is missing is a warning. A page
# that looks like the articles is weaker evidence than a listing's own count (TOLERANCE there): a docs
# section in the blog's layout, dated by its last edit, sits a little above a tenth of mkdocs-netdevops.
TEMPLATE_TOLERANCE = 0.2
# A template is learned from articles that show a date at least this often; its released pages must show one.
# Undated, a post's layout and shape say too little: a school's profile pages share them with its posts.
DATED_SHARE = 0.5
WILD = "*"
# Archived articles sharing their <title> with another, at most this share, on a site whose titles name posts (a
# post and its second copy, a few posts of one name); past it, the <title> names the section, not the post.
SHARED_TITLES = 0.1
# Articles earlier runs archived whose stored pages a run reads again, at most: enough to learn a template from.
MAX_EARLIER_LOOKS = 300

_DIGITS = re.compile(r"\d+")


@dataclass(frozen=True)
class FetchedPage:
    """What the crawl saw of one fetched page, and what it made of it."""

    url: str
    article: bool  # archived as an article (placed so; validation may still refuse it)
    template: str  # the layout its headline sits in (PageAnalysis.template), "" without a headline
    dated: bool  # a date of its own (PageAnalysis.has_date)
    reachable: bool = True  # a link from the home leads to it (not only the sitemap)
    listing: bool = False  # placed as a listing: its records are the listing check's
    listed: bool = False  # a listing (or a feed) lists it as a record
    in_menu: bool = False  # a menu, header, footer or sidebar links it (nav/header/footer/aside markup)
    title: str = ""  # its <title>: a second copy of a post shows the post's
    # Its first content heading links another page of the site: a list of headlines, not a post (a tag page of
    # one or two posts, each shown whole in the post's own layout, its headline a link to the post).
    heading_elsewhere: bool = False
    # Its own text: what it shows outside its link groups (PageAnalysis.outside_text), weighted; 0 when not known.
    prose: int = 0


def url_shape(url: str) -> tuple[str, ...]:
    """The URL's path as segments, digit runs as ``{n}``, the last one as ``*`` (``*.html``), the query's
    keys last; a trailing slash is no segment (Hugo links ``/articles/x`` and ``/articles/x/`` alike)."""
    parts = urlsplit(url)
    segments = [s for s in parts.path.split("/") if s]
    shaped = [_DIGITS.sub("{n}", s) for s in segments[:-1]]
    if segments:
        stem, dot, extension = segments[-1].rpartition(".")
        shaped.append(f"*.{extension.lower()}" if dot and stem and extension.isalnum() else WILD)
    if parts.query:
        shaped.append("?" + "&".join(sorted({k.split("=", 1)[0].lower() for k in parts.query.split("&") if k})))
    return tuple(shaped)


def url_patterns(url: str) -> list[tuple[str, ...]]:
    """The shape itself and, for each folder, the shape with that folder's name free: the URL patterns a
    sibling section's articles share (``/club/articles/*`` and ``/club/*/*``)."""
    shape = url_shape(url)
    path = len(shape) - (1 if shape and shape[-1].startswith("?") else 0)
    return [shape, *((*shape[:i], WILD, *shape[i + 1 :]) for i in range(path - 1) if shape[i] != WILD)]


def titles_name_posts(articles: list[FetchedPage]) -> bool:
    """Whether the archived articles' ``<title>`` names each its own post: at most a tenth of them share a
    title with another. A site whose ``<title>`` is "Site-Section" gives every post of a column the same."""
    counts = Counter(page.title for page in articles if page.title)
    shared = sum(n for n in counts.values() if n > 1)
    return shared <= SHARED_TITLES * sum(counts.values())


def pattern_text(pattern: tuple[str, ...]) -> str:
    query = pattern[-1] if pattern and pattern[-1].startswith("?") else ""
    path = pattern[:-1] if query else pattern
    return "/" + "/".join(path) + query


@dataclass
class TemplateTally:
    """One article template: its URL pattern and headline layout, the articles archived under it, the
    pages of it placed as something else, and its links never requested."""

    pattern: str
    template: str
    archived: int
    released: list[str] = field(default_factory=list)
    unfetched: list[str] = field(default_factory=list)

    @property
    def estimated(self) -> int:
        return self.archived + len(self.released) + len(self.unfetched)

    @property
    def missing(self) -> int:
        return len(self.released) + len(self.unfetched)

    def short(self) -> bool:
        return self.missing >= MIN_MISSING and self.missing > TEMPLATE_TOLERANCE * self.estimated


def _may_be_released(page: FetchedPage) -> bool:
    """A fetched page placed as no article nor listing, with a headline layout, a date of its own, reachable by
    links and linked by no menu, its headline its own (an article's headline is its title, not a link to another
    page): a lost post if its URL pattern and layout are an article template's."""
    return bool(
        not page.article
        and not page.listing
        and page.template
        and page.reachable
        and page.dated
        and not page.in_menu
        and not page.heading_elsewhere
    )


def post_layouts(pages: Iterable[FetchedPage]) -> set[str]:
    """The headline layouts of the site's posts: each shown by at least MIN_ARCHIVED archived articles that listings
    list, DATED_SHARE of them dated (the template check's evidence, without the URL pattern)."""
    listed: Counter[str] = Counter()
    dated: Counter[str] = Counter()
    for page in pages:
        if page.article and page.listed and page.template:
            listed[page.template] += 1
            dated[page.template] += page.dated
    return {
        template
        for template, count in listed.items()
        if count >= MIN_ARCHIVED and dated[template] >= DATED_SHARE * count
    }


def layout_prose(pages: Iterable[FetchedPage]) -> dict[str, int]:
    """The median own text (``FetchedPage.prose``) of the archived, listed articles of each headline layout."""
    texts: dict[str, list[int]] = defaultdict(list)
    for page in pages:
        if page.article and page.listed and page.template:
            texts[page.template].append(page.prose)
    return {template: sorted(values)[len(values) // 2] for template, values in texts.items()}


def looks_like_post(page: FetchedPage, layouts: set[str], prose: Mapping[str, int] | None = None) -> bool:
    """Whether ``page``, whatever it was placed as, looks like the site's posts: its headline in one of their
    ``layouts``, a date of its own, reachable by links, linked by no menu, its headline its own, and (``prose``: each
    layout's median own text, ``layout_prose``) own text of a quarter of its layout's posts' at least. A page of the
    posts' layout that shows little more than every page's chrome (a youth league's magazine issues, each its title,
    its day and one attachment link, 300 characters beside posts of 6,000 to 24,000: aspnet-qccy) is no post."""
    return bool(
        page.template in layouts
        and page.dated
        and page.reachable
        and not page.in_menu
        and not page.heading_elsewhere
        and page.prose * PROSE_SHARE >= (prose or {}).get(page.template, 0)
    )


# A post-like page's own text is at least 1/PROSE_SHARE of its layout's posts' median.
PROSE_SHARE = 4


def earlier_to_read(pages: Iterable[FetchedPage], archived_before: Iterable[str]) -> list[str]:
    """The articles earlier runs archived (and this one did not look at) whose URL pattern a page this run may
    count as lost shares, at most MAX_EARLIER_LOOKS: their stored pages teach the template this run's own
    articles cannot when most posts answered 304 or were not due (``earlier_look``)."""
    wanted = {pattern for page in pages if _may_be_released(page) for pattern in url_patterns(page.url)}
    if not wanted:
        return []
    chosen = [url for url in archived_before if any(p in wanted for p in url_patterns(url))]
    return chosen[:MAX_EARLIER_LOOKS]


def earlier_look(
    url: str, final_url: str, body: bytes, allowed: frozenset[str], charset: str | None = None
) -> FetchedPage | None:
    """An article an earlier run archived, as its stored page looks now: archived, and taken as listed (the archive
    does not keep why it was placed). None for a page that does not parse."""
    analysis = analyze_stored(url, final_url, body, allowed, charset)
    if analysis is None:
        return None
    return FetchedPage(url, True, analysis.template, analysis.has_date, True, False, True, False, analysis.title or "")


def template_tallies(
    pages: Iterable[FetchedPage], linked: Iterable[str] = (), archived_before: Iterable[str] = ()
) -> list[TemplateTally]:
    """Per article template that misses something: the pages of it the crawl placed as no article, and the
    ``linked`` URLs (linked from fetched pages, never requested) of an archived article's exact shape.

    ``archived_before``: articles earlier runs archived that this one did not look at (not due, or answered
    304). A template is learned from this run's pages only, but those count as archived wherever their URL
    fits its pattern: a later run that fetched ten changed posts beside the same few dated pages as the first
    weighs those pages against every post, as the first run did."""
    pages = list(pages)
    articles = [p for p in pages if p.article]
    # Archived articles per (URL pattern, headline layout); those a listing lists, which teach the template
    # (an article placed by its URL's family alone may be a guide beside the posts), and how many are dated.
    counts: Counter[tuple[tuple[str, ...], str]] = Counter()
    listed: Counter[tuple[tuple[str, ...], str]] = Counter()
    dated: Counter[tuple[tuple[str, ...], str]] = Counter()
    for page in articles:
        for pattern in url_patterns(page.url):
            counts[(pattern, page.template)] += 1
            listed[(pattern, page.template)] += page.listed
            dated[(pattern, page.template)] += page.listed and page.dated
    tallies: dict[tuple[tuple[str, ...], str], TemplateTally] = {}
    # One post under two URLs (a WordPress export's saved copy under a second category path) is archived
    # once: a page titled as an archived article, or as a page already counted, is that post again. Only where
    # a <title> names its post: a CMS that titles every page "Site-Section" (TRS WCM) gives each column's posts
    # one <title>, and the column's lost posts counted as one.
    names_posts = titles_name_posts(articles)
    titles = {page.title for page in articles if page.title} if names_posts else set()

    def tally(key: tuple[tuple[str, ...], str]) -> TemplateTally:
        if key not in tallies:
            tallies[key] = TemplateTally(pattern_text(key[0]), key[1], counts[key])
        return tallies[key]

    layouts = post_layouts(articles)
    unlearned: dict[tuple[tuple[str, ...], str], list[FetchedPage]] = defaultdict(list)
    for page in pages:
        # Not dated where the template's articles are: an about page in the post layout. Linked by a menu: a
        # section the site shows (a docs page, a glossary), not a post a listing lost.
        if not _may_be_released(page):
            continue
        learned = [
            (pattern, page.template)
            for pattern in url_patterns(page.url)
            if listed[(pattern, page.template)] >= MIN_ARCHIVED
            and dated[(pattern, page.template)] >= DATED_SHARE * listed[(pattern, page.template)]
        ]
        if learned and page.title not in titles:
            tally(max(learned, key=lambda k: (listed[k], -k[0].count(WILD)))).released.append(page.url)
            if page.title and names_posts:
                titles.add(page.title)
        elif not learned and page.template in layouts:
            unlearned[(url_shape(page.url), page.template)].append(page)
    # A URL family (exact URL shape) of such pages in the layout of the site's posts, MIN_MISSING at least, none of
    # it archived, filed under the folder of a column of listed posts (MIN_ARCHIVED of one URL shape and layout,
    # dated): a sub-column of posts whose URLs no listed post's pattern fits (phpcms-5iedu's score lines,
    # ``/gaokao/gsgk/lqfsx/<id>.html`` under the posts' ``/gaokao/<id>.html``), its items linked only from a box
    # the column pages repeat. Its own family, not the layout's, is the estimate: the layout holds every post. A
    # section of its own (a school's graduates' profiles, ``/edu/nl/<id>.html`` beside the news'
    # ``/news/<col>/<id>.html``, dated in the article template, cms-cdjzz) is no post's column.
    shapes = Counter(url_shape(page.url) for page in articles)
    columns = {
        (shape[:-1], page.template)
        for page in articles
        if page.listed
        and page.dated
        and (shape := url_shape(page.url))[:-1]
        and listed[(shape, page.template)] >= MIN_ARCHIVED
    }
    for key, family in unlearned.items():
        if shapes[key[0]] or len(family) < MIN_MISSING:
            continue
        if not any(key[0][: len(folders)] == folders and template == key[1] for folders, template in columns):
            continue  # no column of the site's posts files it in its folder: a section of its own (cms-cdjzz)
        for page in family:
            if page.title not in titles:
                tally(key).released.append(page.url)
                if page.title and names_posts:
                    titles.add(page.title)
    # Links never requested, of the exact shape many archived articles have (a section's posts past an
    # exploration budget, or a pager that stopped): what they are is unknown, their shape is an article's.
    by_shape: dict[tuple[str, ...], Counter[str]] = defaultdict(Counter)
    for page in articles:
        if page.listed and page.dated:
            by_shape[url_shape(page.url)][page.template] += 1
    for url in linked:
        templates = by_shape.get(url_shape(url))
        if not templates:
            continue
        template, count = templates.most_common(1)[0]
        if count >= MIN_ARCHIVED:
            tally((url_shape(url), template)).unfetched.append(url)
    before: Counter[tuple[str, ...]] = Counter(pattern for url in archived_before for pattern in url_patterns(url))
    for (pattern, _), found in tallies.items():
        found.archived += before[pattern]
    return sorted(tallies.values(), key=lambda t: (-t.missing, t.pattern))


def template_report(tallies: list[TemplateTally]) -> tuple[list[dict[str, object]], str | None]:
    """Per article template with pages missing: estimated, discovered, archived; a warning for the short ones."""
    rows: list[dict[str, object]] = []
    short = []
    for t in tallies:
        rows.append(
            {
                "pattern": t.pattern,
                "template": t.template,
                "estimated": t.estimated,
                "discovered": t.archived + len(t.released) + len(t.unfetched),
                "archived": t.archived,
                "released": len(t.released),
                "unfetched": len(t.unfetched),
                "examples": (t.released + t.unfetched)[:3],
            }
        )
        if t.short():
            short.append(f"{t.pattern} ({t.archived} of ~{t.estimated})")
    warning = None
    if short:
        warning = (
            f"incomplete: {len(short)} article template(s) hold pages the crawl fetched or found but did not archive: "
            f"{'; '.join(short[:5])}{' …' if len(short) > 5 else ''}"
        )
    return rows, warning
