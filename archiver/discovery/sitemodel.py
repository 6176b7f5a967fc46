"""What a crawl learns about a site from many pages: chrome, listings, article families. Pure.

No page is judged alone by word lists. The model sees every page the crawl fetches and
learns, per site:

- **Chrome**: a link group that shows the same links on two pages (menus, footers,
  sidebars of recent posts) or sits in ``nav``/``header``/``footer``/``aside`` markup.
- **Listings**: a page whose main region repeats records that link elsewhere: to another
  URL family than its own (``/`` and ``/page/2/`` list ``/2020/01/02/*/``), or, when
  everything shares one family (``/:title/`` permalinks), records that hold most of the
  page's text. A page whose own prose outweighs its records is not a listing.
- **Articles**: what listings point to. A page linked as a record of a listing is an
  article when it shows a date, or when its family's other members do, or when the site
  shows no dates at all. A page reached only from chrome or from other pages waits until
  the crawl ends: it is an article if by then a listing pointed at it or its family is an
  established article family, and a page (about, contact, wiki) otherwise.

Decisions are made as soon as the evidence is in; the spider holds the few undecided
pages and asks again when the crawl runs out of requests (``resolve``).
"""

from __future__ import annotations

import re
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass, field, replace
from urllib.parse import urlsplit

from archiver.discovery.article_templates import WILD, url_patterns
from archiver.discovery.page import LinkGroup, PageAnalysis, path_family
from archiver.discovery.pagination import first_page_url, listing_key, page_ref

ARTICLE = "article"
LISTING = "listing"
PAGE = "page"  # a page that is neither: about, contact, a wiki page, a tag cloud
UNDECIDED = "undecided"

_CLASSES = re.compile(r"\.[^/]+")
_WORD = re.compile(r"[^\W\d_]")  # a letter: a folder named in words, not a number


def _free_names_only(pattern: tuple[str, ...]) -> bool:
    """Whether a URL pattern's folders are all free names (``/*/*``): any two-level slug, a docs section's guides as
    much as a blog's posts."""
    return all(segment == WILD for segment in pattern[:-1])


def _names_a_folder(pattern: tuple[str, ...]) -> bool:
    """Whether a URL pattern names one of its folders (``/introcicpa/*/{n}/*.html``), not only free names and numbers
    (``/*/{n}/*.html``)."""
    path = pattern[:-1] if pattern and pattern[-1].startswith("?") else pattern
    return any(_WORD.search(folder.replace("{n}", "")) for folder in path[:-1] if folder != WILD)


# Pages fetched per URL family before the family has shown what it is (article or listing
# family): enough to learn from, few enough that a calendar or tag trap stays small.
EXPLORE_BUDGET = 20
# A page whose first heading links elsewhere is a listing only if it has no more prose than this of
# its own (an article's related-posts heading may be a link too).
HEADING_LISTING_PROSE = 200
# Prose (weighted characters outside link groups) that, with a date and labelled metadata,
# makes a page an article wherever it was linked from: CMS article templates label their pages.
LABELLED_PROSE = 150
# A page whose own prose is this many times its dated records' text, with a date of its own, is a post beside
# a box of recent posts until the crawl's end says otherwise (no listing has listed it yet).
POST_BESIDE_BOX_PROSE = 4
# ... and a box of recent posts holds at most this many records: more is a listing's stream
POST_BESIDE_BOX_RECORDS = 10
# A box the site's pages repeat that leaves out the page it sits on (a "related stories" box of the newest posts,
# shown on each of them without itself and with the next one) is that box: at least this many entries, at most one
# of them changed.
NEAR_BOX_MIN = 4
# Repeated boxes kept per place (group key) to compare such a box with.
NEAR_BOX_SAMPLE = 20
# A family whose articles listings list (this share of at least this many) is found through its listings:
# a page of its shape that no listing lists, linked only from menus, is a landing page.
LISTED_FAMILY_MIN = 5
LISTED_SHARE = 0.8
# Pages whose links are kept until they prove reachable by links (sitemap pages); past it they count as reached.
PENDING_PAGES = 20_000
# Targets kept per link slot, and slots kept per target: enough to tell a menu from a box of posts.
SLOT_SAMPLE = 200
# A slot links articles when this share of its other targets are listed articles: a "recent posts" box
# or previous/next links (all posts), not a "related" box that mixes posts with landing pages.
SLOT_SHARE = 0.9
# A post's links to its neighbours (previous and next): a group of at most this many links; pages kept per target
NEIGHBOUR_LINKS = 2
NEIGHBOUR_SAMPLE = 4


# A group's identity as the model keeps it: the hash of its place (group key) and its targets' set, ``hash((key,
# urls))`` (the key's and the set's own hashes are cached on them), not the pair. Every reader of an identity asks
# only whether two groups are the same (how many pages, pages of how many listings showed it), never which
# targets they have: the boxes a page's box is compared with keep their set (``repeated_boxes``, NEAR_BOX_SAMPLE
# per place). Two identities share a 64-bit hash by chance once in some 10^19 pairs: a crawl of a million groups
# meets it with a probability under 10^-7. Kept as (key, frozenset) pairs, with the set of listings showing each,
# the identities were the largest part of a generic crawl's memory (a "related posts" box is new on each post:
# two identities, some 1.4 KB a post).
Identity = int

# A SmallSets value stays a tuple up to this many strings, then becomes a set (its membership test and insertion
# would otherwise grow with it: a sticky post listed on every page of a stream).
SMALL_SET = 8


class SmallSets(dict[str, "tuple[str, ...] | set[str]"]):
    """Per URL, a few distinct strings (the listing pages listing a page, the slots linking it): as a tuple while it
    holds SMALL_SET or fewer, a set past that. Nearly every page of a crawl is listed by one or two listing pages
    and linked from a few places, and a set of them took 216 bytes however few it held, a tuple of one takes 48:
    three such tables, one entry per URL the crawl met, were a tenth of a generic crawl's memory (session 21).
    Readers see a collection either way (``get``, ``in``, iteration, ``len``); no reader depends on its order."""

    def add(self, key: str, value: str, limit: int | None = None) -> None:
        """``value`` among ``key``'s strings, unless ``limit`` strings are held already (a set's ``add``)."""
        held = self.get(key, ())
        if value in held or (limit is not None and len(held) >= limit):
            return
        if isinstance(held, set):
            held.add(value)
        elif len(held) < SMALL_SET:
            self[key] = (*held, value)
        else:
            self[key] = {*held, value}


def _box_kinds(page: PageAnalysis, family: str) -> tuple[str, ...]:
    """What a page's boxes are counted by (``SiteModel.article_boxes``): its URL family, and its headline template
    (``<`` before it: no family starts so) where it has one."""
    return (family, "<" + page.template) if page.template else (family,)


def _identity(key: str, urls: frozenset[str]) -> Identity:
    return hash((key, urls))


def _identity_keys(group: LinkGroup, urls: frozenset[str]) -> tuple[str, ...]:
    """The places a group is counted at: its own; three or more links also no place, by their targets alone (a
    sidebar is wrapped differently by a home and an article layout). The targets are those the page prints, its
    link to itself included: a menu printed on each of its sections' pages leaves a different entry out of each,
    and is one menu (cms-cdjzz's nine sections)."""
    return (group.key, "") if len(urls) >= 3 else (group.key,)


def _tags_only(key: str) -> str:
    """A group's DOM path without class names: ``main/article/header/h2/a``."""
    return _CLASSES.sub("", key)


# Boxes of dated records in one markup, outside the chrome, that make a page no listing lists a hub, not a post
HUB_BOXES = 2
_SHORT_BOX = 2  # entries of a column's box that its strength alone cannot tell from a "hot" box


def _group_strength(group: LinkGroup) -> float:
    """Records, dated records count twice, and their text: what makes a list the page's main one."""
    return len(group.urls) + 2 * group.dated + group.record_text / 300


_DIGITS = re.compile(r"\d+")
# A day in a URL's path, as extraction reads it: a /2018/08/28/ folder, or a file named by its day (TRS WCM's
# t20180828_196717.html).
_URL_DAY = re.compile(r"/(?:19|20)\d{2}[/-]?[01]\d[/-]?[0-3]\d/|/[A-Za-z]?(?:19|20)\d{2}[01]\d[0-3]\d_\d+\.[A-Za-z]+$")


_NUMBERED_FILE = re.compile(r"/\d+(?:\.[a-z]{2,5})?$", re.IGNORECASE)


def _numbered_file(url: str) -> bool:
    """Whether ``url``'s last path segment is a number (``/lqd/65.html``, ``/item/1698``): a CMS item's id."""
    return bool(_NUMBERED_FILE.search(urlsplit(url).path))


def _names_day(url: str) -> bool:
    """Whether the URL's path names a day: ``/2018/08/28/…``, TRS's ``t20180828_196717.html``."""
    return _URL_DAY.search(urlsplit(url).path) is not None


def _folder(url: str) -> str:
    return url.split("?", 1)[0].split("#", 1)[0].rsplit("/", 1)[0]


def name_shape(url: str) -> str | None:
    """The page name's shape with its numbers as ``{n}`` (``factory_{n}.html``); None for a name without
    numbers (a slug says nothing of its kind)."""
    name = urlsplit(url).path.rstrip("/").rpartition("/")[2]  # the path's: a home's host:port is no name
    return _DIGITS.sub("{n}", name) if _DIGITS.search(name) else None


# A record of a family this rare in every list showing it (a home's stream of posts that also shows the site's
# static pages by date), listed by pages of one listing only, is held: the crawl's end tells whether other
# listings (sections, categories) list the stream's posts but never its family.
STRAY_SHARE = 0.2
# The reason given for a listing's record the site's menus link whose URL's shape is rare among its listings' records
# (SiteModel._chrome_page_among_records)
_MENU_PAGE = "a page the site's menus link, its URL's shape rare among its listings' records"

# A listing at least this many of whose records are listings, more than are articles, lists the site's sections:
# the day it prints beside an entry is that section's last update, no post's date.
DIRECTORY_LISTINGS = 2

# A page labelled like an article, that no listing lists, whose URL pattern's other placed pages are this many pages
# and no article, is one more page of a section of pages (a wiki's notes)
SECTION_OF_PAGES = 2

# Rounds of placing the held pages together: each round places every one of them on the evidence of the
# round before (the pages a round finds articles vouch for their family in the next), until nothing moves.
PLACING_ROUNDS = 3


@dataclass
class Decision:
    role: str
    reason: str
    listing_groups: list[LinkGroup] = field(default_factory=list)
    inferred: bool = False  # an article by its family's shape alone, no listing's


def _is_site_root(url: str) -> bool:
    """The site's front page (``/``, no query): a page's way home, never one of its records."""
    parts = urlsplit(url)
    return parts.path in ("", "/") and not parts.query


@dataclass
class SiteModel:
    """Everything learned so far about one site; fed one page analysis at a time."""

    # a group's identity (its key and targets; "" as the key: its targets whatever their place, ``_identity_keys``)
    # -> pages showing it
    group_pages: Counter[Identity] = field(default_factory=Counter)
    # the listing (a page's pager key: /news/page/2/ is /news/'s) whose pages showed each group, None once pages of
    # two listings or more did: all that is asked is whether one listing's pages alone showed it
    group_listings: dict[Identity, str | None] = field(default_factory=dict)
    # identity -> pages showing it that lead on to further pages of their own (a pager)
    group_paged: Counter[Identity] = field(default_factory=Counter)
    # the URL family of the pages that showed each group of dated entries (two at least), None once pages of two
    # families or more did: a box the whole site repeats (a sidebar's dated "recent posts" on posts, pages and
    # listings alike), where a CMS item's related box repeats, if at all, on its own column's items only
    dated_group_families: dict[Identity, str | None] = field(default_factory=dict)
    # identities shown on a page of the URL family of one of their own targets (by the page's listing key): a box the
    # site repeats on its posts too, not the list a tag page prints (_list_of_its_kind). Targets alone (no place) only
    # where the menus showed them (nav/header/footer/aside markup): a related box in the post's own markup is no
    # menu. At most PENDING_PAGES.
    group_on_targets: set[Identity] = field(default_factory=set)
    # the place in its pager of the pages that showed each group (the number of a numbered page, /news/page/2/ or
    # /xwgg/706.html; 0 for a page no pager numbers), None once pages of two places did: a slice of a paged list
    # shows at one place only (_list_of_its_kind)
    group_places: dict[Identity, int | None] = field(default_factory=dict)
    page_prints: set[int] = field(default_factory=set)  # pages observed, by title and text length
    members: SmallSets = field(default_factory=SmallSets)  # url -> listings
    family_roles: dict[str, Counter[str]] = field(default_factory=lambda: defaultdict(Counter))
    family_dated: Counter[str] = field(default_factory=Counter)  # articles of a family showing a date
    family_requested: Counter[str] = field(default_factory=Counter)
    # Links outside any listing that ``reserve`` refused for their family's budget, by family: url -> (referer,
    # link text). A family that shows articles or listings later releases them (``release_deferred``): a page
    # read before the site showed what its links' family is (a sub-site's home, read early, with its box of
    # pictured posts) does not lose them for good.
    # At most PENDING_PAGES in all: a trap's families offer links without end, and the budget is what keeps them out.
    family_deferred: dict[str, dict[str, tuple[str, str]]] = field(default_factory=lambda: defaultdict(dict))
    deferred_links: int = 0
    roles: dict[str, str] = field(default_factory=dict)
    dated_pages: int = 0
    dated_articles: set[str] = field(default_factory=set)  # articles that print a date of their own
    family_listed: Counter[str] = field(default_factory=Counter)  # articles of a family that a listing lists
    # the same articles by their headline's template (PageAnalysis.template): how the site renders a post
    template_listed: Counter[str] = field(default_factory=Counter)
    template_self_dated: Counter[str] = field(default_factory=Counter)  # ... those printing a date of their own
    # the same two by template and URL family: a layout's posts of other families than a page's own
    template_family_listed: Counter[tuple[str, str]] = field(default_factory=Counter)
    template_family_self_dated: Counter[tuple[str, str]] = field(default_factory=Counter)
    family_inferred: Counter[str] = field(default_factory=Counter)  # articles placed by their family's shape
    # the same articles by URL pattern (article_templates.url_patterns: one folder free) and headline template, and
    # those of them dated (on their page or by a listing): what a post of the site looks like, wherever it is filed
    post_looks: Counter[tuple[tuple[str, ...], str]] = field(default_factory=Counter)
    post_looks_dated: Counter[tuple[tuple[str, ...], str]] = field(default_factory=Counter)
    # ... those of them whose file is named by a number (a CMS item's id: ``/nba/1698.html``), which the pattern
    # (``*.html``) writes as it writes a slug
    post_looks_numbered: Counter[tuple[tuple[str, ...], str]] = field(default_factory=Counter)
    # listed articles whose URL names their publication day (``/2021/01/11/``, TRS's ``t20210111_701.html``)
    day_named_listed: int = 0
    headline_listed: set[str] = field(default_factory=set)  # pages some listing lists by a headline
    # pages some listing shows with a date beside them: a post whose own page prints no date is dated there
    listing_dated: set[str] = field(default_factory=set)
    dated_by: SmallSets = field(default_factory=SmallSets)  # page -> listings dating it
    family_listing_dated: Counter[str] = field(default_factory=Counter)  # those pages, by URL family
    # the date a listing prints beside each of those pages (the first listing read that dates it), as printed:
    # the record's date where its own page prints none (extraction's lowest-priority date source)
    listing_dates: dict[str, str] = field(default_factory=dict)
    # headlines anywhere in a listing page's own region: url -> the groups that showed it, each as (links, first,
    # second): a group of one link by its key and URL, a larger one by its identities at its place and anywhere
    # (``_repeated``)
    listing_linked: dict[str, tuple[tuple[int, str | Identity, str | Identity], ...]] = field(default_factory=dict)
    # the markup (group key) of the dated lists that made pages listings, and how many listing pages used it: a
    # page showing one record in that markup is a card of the record (a tag page of one post), not the post.
    # Undated lists do not count: a page's bulleted links (a list of candidates) share markup with any post's.
    record_markup: Counter[str] = field(default_factory=Counter)
    # each listing page's records, and the listings (by listing_key: a listing and its numbered pages are one)
    # that list records of each URL family
    # (a tuple, each record once: a listing page's dozen records took 700 bytes as a set, 160 as a tuple; read by
    # iteration and ``in`` only)
    listing_records: dict[str, tuple[str, ...]] = field(default_factory=dict)
    family_listings: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    # URL families some listing shows as dated headlines (a title-like group's dated records: the site's streams of
    # posts), and, by listing page, those its dated records link beside their headlines (a byline's member, a
    # category): a family the site's dated listings show only beside their records' own links names people or
    # sections, not posts (a member directory may list it undated, by name)
    family_headlined: Counter[str] = field(default_factory=Counter)
    family_beside_records: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    # listing pages with a pager: a stream of records, not a page's list of links (a welcome text's guides)
    paged_listings: set[str] = field(default_factory=set)
    listing_pages_of: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))  # listing key -> pages
    # Pages the pagers of the listing pages read link: later pages of a listing, whichever link the crawl followed
    # to them first (a home's "More news" reaches ``/news/page/2/`` before ``/news/`` is read)
    pager_named: set[str] = field(default_factory=set)
    # The markup (group keys) each listing (by listing_key) showed its records in, on the pages of it read: its later
    # pages show theirs in the same, however short their headlines (a club's "Наш чат", "Видео")
    listing_markup: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    feeds: set[str] = field(default_factory=set)  # the feeds read, whose entries are records as a listing's are
    feed_records: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))  # feed -> its entries
    # the roles placed, by URL pattern (article_templates.url_patterns: one folder free): a section's pages
    pattern_roles: dict[tuple[str, ...], Counter[str]] = field(default_factory=lambda: defaultdict(Counter))
    # one-link groups: the first pages showing each (a banner shows on articles too, a record only on listings)
    single_links: dict[tuple[str, str], set[str]] = field(default_factory=lambda: defaultdict(set))
    # Links of groups of one or two on dated pages (a post's previous/next links): the first pages showing each target
    # so. A post's neighbours link it there, whatever its listings show (_neighbour_of_posts).
    neighbour_links: dict[str, list[str]] = field(default_factory=dict)
    # The targets of each place's (group key's) groups that pages repeat: a box leaving out the page it sits on is one
    repeated_boxes: dict[str, list[frozenset[str]]] = field(default_factory=lambda: defaultdict(list))
    # The places (group keys) of the boxes the site's articles show, by URL family and by headline template (the
    # layout): (family or template, key) -> articles of the family (of the layout) showing a group of two links or
    # more there, outside chrome markup (a CMS item's "related" box of its column's items before it, a window that
    # slides from item to item, so that no two items repeat it whole); and the listing pages of the family (of the
    # layout) whose records sat there. A template is told from a family by its prefix, "<". At most PENDING_PAGES
    # places.
    article_boxes: Counter[tuple[str, str]] = field(default_factory=Counter)
    # ... of those, the places where the articles' box is of dated entries (two at least): a CMS item's "related" box
    # prints each entry's day, a forum's "active topics" or a blog's "popular posts" block no dates (drupal-sk)
    article_dated_boxes: Counter[tuple[str, str]] = field(default_factory=Counter)
    listing_boxes: Counter[tuple[str, str]] = field(default_factory=Counter)
    # Pages a box of dated entries the site's pages repeat (a sidebar's "recent posts") shows with a date
    box_dated: set[str] = field(default_factory=set)
    # Pages the site's menus link (a group of two links or more that pages repeat): its sections and pages
    menu_targets: set[str] = field(default_factory=set)
    # ... those of them a menu names in menu words, not headlines (a "popular posts" box the pages repeat names posts)
    menu_word_targets: set[str] = field(default_factory=set)
    # Navigation: the pages a reader reaches by links from the home (start) page. A sitemap lists pages
    # no link leads to (a theme's demo section, drafts); navigation is known only once entered.
    entry_points: set[str] = field(default_factory=set)
    navigable: set[str] = field(default_factory=set)
    # Whether a home will be entered: a distributed worker sees only its share of the links, and enters none.
    navigated: bool = True
    pending_links: dict[str, list[str]] = field(default_factory=dict)  # pages not (yet) navigable -> links
    # Pages a reader reaches only through a feed a page announces (its entries, and what they link), no chain of a
    # page's links from the home (yet), with their links kept for the link that may reach them later. A Hugo home
    # feed names every dated page of the site, a theme's demo section that no page links among them.
    feed_reached: set[str] = field(default_factory=set)
    feed_pending: dict[str, list[str]] = field(default_factory=dict)
    linked_families: set[str] = field(default_factory=set)  # URL families of the pages reached by links
    # One page under two URLs, one answering with a redirect to the other (``/news/x`` -> ``/news/x/``), both ways:
    # the page is placed under the URL fetched first, listings may name the other.
    aliases: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    family_navigable: Counter[str] = field(default_factory=Counter)  # articles a reader reaches by links
    # Link slots (a group's place on the page, across pages): the distinct pages each slot links, and the
    # slots that link each page. A menu links the same few sections from every page; a "recent posts"
    # box or a post's previous/next link links articles.
    slot_targets: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    inbound_slots: SmallSets = field(default_factory=SmallSets)
    # While the held pages are placed together (resolve_all): decisions are made, not yet recorded.
    deferring: bool = field(default=False, repr=False)
    # ... and the URL patterns (one folder free) of the pages held, by count (_record_of_another_layout)
    held_patterns: Counter[tuple[str, ...]] = field(default_factory=Counter, repr=False)
    # ... and, per URL family, the held listing records that print no date and are not placed as articles: records
    # whose family's dates are in question (_family_dates_itself)
    held_undated: Counter[str] = field(default_factory=Counter, repr=False)
    # listed records per URL family, counted again when more pages are listed (_family_mostly_undated)
    _family_records: Counter[str] = field(default_factory=Counter, repr=False)
    _family_records_seen: int = field(default=-1, repr=False)

    # --- what a page is ------------------------------------------------------------------

    def enter(self, url: str) -> None:
        """``url`` is where a reader starts (the home page): what it links is navigation."""
        self.entry_points.add(url)
        self.reach(url)

    def reach(self, url: str, *, by_feed: bool = False) -> None:
        """``url`` is reachable by links (or, ``by_feed``, a feed a page announces lists it): so is what it links.
        What only a feed leads to is kept apart (``feed_reached``) until a chain of links reaches it too."""
        if by_feed and url in self.navigable and url not in self.feed_reached:
            by_feed = False  # reached by links already, and so is what it links
        stack = [url]
        while stack:
            current = stack.pop()
            self.navigable.add(current)
            links = self.pending_links.pop(current, None) or []
            if by_feed:
                self.feed_reached.add(current)
                if links and len(self.feed_pending) < PENDING_PAGES:
                    self.feed_pending[current] = links
            else:
                self.feed_reached.discard(current)
                self.linked_families.add(path_family(current))
                links = links + self.feed_pending.pop(current, [])
            for link in links:
                if link not in self.navigable or (not by_feed and link in self.feed_reached):
                    self.navigable.add(link)
                    stack.append(link)

    def feed_read(self, feed: str, records: list[str], pages: list[str]) -> None:
        """A feed a page announces lists ``records`` (as a listing would) and names ``pages`` it dates with a
        generator's zero date (a page the site never dated, not a post): all are reachable, as a page's links
        are, but only the records are the feed's."""
        self.feeds.add(feed)
        entries = self.feed_records[feed]
        for url in records:
            self.members.add(url, feed)
            if len(entries) < PENDING_PAGES:
                entries.add(url)
            self.reach(url, by_feed=True)
        for url in pages:
            self.reach(url, by_feed=True)

    def redirected(self, source: str, target: str) -> None:
        """``source`` answers with a redirect to ``target`` (``/news/x`` to ``/news/x/``): a reader who
        follows a link to the one reaches the other."""
        if len(self.aliases) < PENDING_PAGES:
            self.aliases[source].add(target)
            self.aliases[target].add(source)
        if source in self.navigable:
            self.reach(target, by_feed=source in self.feed_reached)
        elif len(self.pending_links) < PENDING_PAGES:
            self.pending_links.setdefault(source, []).append(target)

    def observe(self, page: PageAnalysis) -> None:
        """Learn the page's link groups (chrome is what repeats across pages) and which slots link where."""
        if self.navigated:
            # Kept before the home is entered too: a re-run requests its due articles beside the home, and a
            # listing they link may be read first. Its links dropped, a post only it listed was never navigable.
            links = [u for g in page.groups for u in g.urls] + [r.url for r in page.pagination] + page.other_links
            if page.refresh:
                links.append(page.refresh)  # a home that refreshes to /index.html leads there
            if page.url in self.navigable:
                self.pending_links[page.url] = links
                self.reach(page.url, by_feed=page.url in self.feed_reached)
            elif len(self.pending_links) < PENDING_PAGES:
                self.pending_links[page.url] = links
        # The same page under a second URL (/ and /Default.aspx) shows its groups once: counted twice, a
        # home's box of a section's latest news would read as chrome on that section's first page, or
        # not, by the order the two URLs were fetched in.
        # (by title and text: its link groups differ by the link to itself, which each copy leaves out)
        fingerprint = hash((page.title, page.text_length))
        seen_before = fingerprint in self.page_prints
        self.page_prints.add(fingerprint)
        # Each identity once per page: a card links its post from its thumbnail, headline and date, three
        # groups with the same targets on one page, which is one page's evidence, not three pages' menu.
        counted: set[Identity] = set()
        ref = page_ref(page.url)
        listing = ref.key if ref is not None else page.url
        for group in page.groups:
            if len(group.urls) >= 2 and not seen_before:
                urls = group.printed
                for key in _identity_keys(group, urls):
                    identity = _identity(key, urls)
                    if identity not in counted:
                        counted.add(identity)
                        self.group_pages[identity] += 1
                        if page.pagination:
                            self.group_paged[identity] += 1
                        if group.dated >= 2 and len(self.dated_group_families) < PENDING_PAGES:
                            shown_in = self.dated_group_families.setdefault(identity, path_family(page.url))
                            if shown_in is not None and shown_in != path_family(page.url):
                                self.dated_group_families[identity] = None
                        if (
                            len(self.group_on_targets) < PENDING_PAGES
                            and (key or group.in_chrome_markup)
                            and path_family(listing) in {path_family(first_page_url(url)) for url in urls}
                        ):
                            self.group_on_targets.add(identity)
                        place = ref.number if ref is not None else 0
                        if self.group_places.setdefault(identity, place) not in (None, place):
                            self.group_places[identity] = None  # pages of two places in their pagers
                        shown_by = self.group_listings.setdefault(identity, listing)
                        if shown_by is not None and shown_by != listing:
                            self.group_listings[identity] = None  # pages of two listings
                        if (
                            key
                            and len(urls) >= NEAR_BOX_MIN
                            and self.group_pages[identity] == 2
                            and len(self.repeated_boxes.get(key, ())) < NEAR_BOX_SAMPLE
                        ):
                            self.repeated_boxes[key].append(urls)
            if len(group.urls) == 1:
                shown_on = self.single_links[(group.key, group.urls[0])]
                if len(shown_on) < 4:
                    shown_on.add(page.url)
            if (
                len(group.urls) <= NEIGHBOUR_LINKS
                and (page.has_date or page.article_signals)
                and len(self.neighbour_links) < PENDING_PAGES
            ):
                for url in group.urls:
                    linked_by = self.neighbour_links.setdefault(url, [])
                    if len(linked_by) < NEIGHBOUR_SAMPLE and page.url not in linked_by:
                        linked_by.append(page.url)
            targets = self.slot_targets[group.key]
            for url in group.urls:
                if len(targets) < SLOT_SAMPLE:
                    targets.add(url)
                self.inbound_slots.add(url, group.key, SLOT_SAMPLE)
            if (
                len(group.urls) >= 2
                and not group.dated
                and len(self.menu_targets) < PENDING_PAGES
                and self.is_chrome(group, page.url)
            ):
                self.menu_targets.update(group.urls)
                if not group.title_like:
                    self.menu_word_targets.update(group.urls)
            if (
                group.dated >= 2
                and group.primary_share >= 0.5
                and len(self.box_dated) < PENDING_PAGES
                and self.is_chrome(group, page.url)
            ):
                # a box of dated entries the pages repeat (a sidebar's "recent posts"), not one page's own
                # dated table of its sub-pages (a wiki's index of scripts, jekyll-ustclug). Its entries are its
                # links: links in the text of dated records (a post card's excerpt linking a contact page, on a
                # tag page and a category page alike) are no entries, and date nothing.
                self.box_dated.update(group.dated_urls)

    def is_chrome(self, group: LinkGroup, page: str | None = None) -> bool:
        """Menus, footers and "recent posts" boxes: the same links on two pages (whatever layout each
        page has: a home and an article page wrap their sidebar differently), or nav/footer markup.
        ``page``: the page showing the group, where known (a box leaves out the page it sits on)."""
        # Targets alone need a third page: a home's box of a section's latest news is that section's
        # first listing page too.
        if group.in_chrome_markup:
            return True
        urls = group.printed
        return (
            (self._across_listings(_identity(group.key, urls), 2) and not self._list_of_its_kind(group))
            or (len(urls) >= 3 and self._across_listings(_identity("", urls), 3) and not self._list_of_its_kind(group))
            or (page is not None and self._box_without_itself(group.key, urls, page))
        )

    def _list_of_its_kind(self, group: LinkGroup) -> bool:
        """``group``, shown on several pages, is each page's own list, not a box the site repeats: it is
        in the markup (group key) two dated listing pages at least showed their records in, and no page that showed it
        is of the URL family of a page it links. Tag pages of a few posts print the same cards where several tags (or
        a tag and a category) name the same posts (hugo-patojad's "html-para-diseñadores-ui" and
        "html-para-profesionales", two posts each: 57 tag pages archived as articles, their cards read as chrome). A
        sidebar's box of recent posts shows on the posts themselves, and a post's related posts link its own family. The
        targets alone may show on posts (a series' posts, each post's box of related posts naming the others): the
        group's own markup is what the posts must not show. Two things tell a box the site repeats all the same: its
        targets in the site's menus on pages of their own family (a menu's section page printing the menu's entries as
        cards: hugo-wowchemy-tvzofingen's /verein/ and its dropdown of the club's three pages), and the same list in
        the same markup on pages of two places in their pagers (a numbered page prints its listing's slice at that
        place; the same list on a first page and on a numbered page, or on pages of two numbers, is a box beside the
        lists: vsb-tztvu's box of three news on /xwgg.html and on the numbered /xwgg/706.html … 709.html). Lists
        naming the same posts coincide at the same place: tag pages of a few posts are all first pages, and a tag and
        a category naming every post print the same slice on their pages 2 (hugo-wowchemy-tvzofingen)."""
        identity = _identity(group.key, group.printed)
        return (
            self.record_markup[group.key] >= 2
            and identity not in self.group_on_targets
            and _identity("", group.printed) not in self.group_on_targets
            and self.group_places.get(identity, 0) is not None
        )

    def _box_without_itself(self, key: str, urls: frozenset[str], page: str) -> bool:
        """Whether ``urls`` at ``key`` are a box the site's pages repeat there, shown without ``page``, the page it
        sits on: a "related stories" box of the newest posts leaves out the post it sits on, so each of those posts
        shows it with itself left out and the next post in (wp-aganor's eight newest posts, each a "listing" of its
        box). The entry missing must be the page itself: two listings showing nearly the same posts (a blog's
        stream and its year's archive, a tag's page and its section) are two lists, not a box."""
        if len(urls) < NEAR_BOX_MIN:
            return False
        itself = first_page_url(page)
        for box in self.repeated_boxes.get(key, ()):
            missing = box - urls
            if (
                len(missing) == 1
                and first_page_url(next(iter(missing))) == itself
                and len(urls - box) <= 1
                and self._across_listings(_identity(key, box), 2)
            ):
                return True
        return False

    def _across_listings(self, identity: Identity, pages: int) -> bool:
        """Shown on ``pages`` pages, not all of them pages of one listing: a list that a listing's every
        page repeats whole (a theme printing the category's whole list on each page its pager numbers) is
        that listing's list, and its page 2 lists it as page 1 did (where a box beside it was no chrome
        either, seen once)."""
        shown = self.group_pages[identity]
        if shown == 2 and self.group_paged[identity] == 2:
            # Two pages, each leading on through a pager of its own, show the same list in the same markup: a
            # blog's home streaming its posts section (hugo-dlad's / and /posts/, the newest ten on both, then
            # /page/2/ and /posts/page/2/ part). A box the site repeats shows on its posts too, pages of no pager.
            return False
        return shown >= pages and self.group_listings.get(identity) is None

    def listing_groups(self, page: PageAnalysis, *, expected: bool = False) -> list[LinkGroup]:
        """The groups that make ``page`` a listing: repeated records linking elsewhere.

        ``expected``: the page was reached as another page of a listing, so a last page with
        a single record still counts.
        """
        own = path_family(page.url)
        found = []
        # A page of a listing the crawl has read shows its records in that listing's markup: they are its records
        # whether or not their links read as headlines.
        markup = self.listing_markup.get(listing_key(page.url), set()) if expected else set()
        for group in page.groups:
            if self.is_chrome(group, page.url):
                continue
            if (
                len(group.urls) < (1 if expected else 2)
                and not self._sub_listing_group(page, group)
                and not self._box_of_one_beside_its_kind(page, group)
            ):
                continue
            if len(group.urls) == 1 and self._repeated(1, group.key, group.urls[0]):
                continue  # a link the site's pages repeat (a footer's one friendly link), not a last page's record
            if all(_is_site_root(url) for url in group.urls):
                continue  # "« Back to home" under a list: the home is no listing's record
            if not (group.title_like or group.dated >= 2 or group.key in markup):
                continue
            if not group.title_like and self._bylines_only(group):
                continue  # dated entries under their authors' names: the listings show those names as bylines
            if len(group.urls) < 0.8 * len(group.texts) or group.primary_share < 0.5:
                continue  # bylines, categories, tags: not their records' own (title) links
            elsewhere = sum(1 for url in group.urls if path_family(url) != own) / len(group.urls)
            listed_articles = sum(1 for url in group.urls if self.roles.get(url) == ARTICLE)
            # A dated list of headlines is a listing's main list whatever its URLs look like: a CMS names
            # its listing pages and its articles alike (/auth/auth_11_3.html lists /auth/auth78.html).
            dated_headlines = group.title_like and group.dated >= 3 and group.dated >= 0.8 * len(group.urls)
            if (
                elsewhere >= 0.6
                or listed_articles >= 2
                or dated_headlines
                or self._sub_listing_group(page, group)
                or group.record_text >= 1.5 * page.outside_text
            ):
                found.append(group)
        if any(g.title_like for g in found):
            # Short link texts qualify by their dates only where no list of headlines does: beside
            # one, they are bylines or category links of the same records.
            found = [g for g in found if g.title_like or g.key in markup]
        if len(found) < 2:
            return found
        # The listing itself, not a "hot news" box beside it: the strongest group, and those close to
        # it or listing the same articles (a card's title link and its "read more" link).
        best = max(found, key=_group_strength)
        best_urls = set(best.urls)
        return [
            g
            for g in found
            if g is best
            or len(best_urls.intersection(g.urls)) * 2 >= len(g.urls)
            # a column's short box (one or two dated entries) beside the other columns' boxes, in the list's own
            # markup: a column front showing each sub-column's newest (5, 5, 2 and 1 entries), whose short boxes
            # the count of their entries alone keeps under the strength cut. A box of three or more is judged by
            # its strength as before (a guides page's box of three beside boxes of four and seven guides).
            or (g.key == best.key and best.dated and g.dated == len(g.urls) <= _SHORT_BOX)
            # a box beside the list: close in strength, and dated if the list is (a "hot" box is not)
            or (_group_strength(g) >= 0.6 * _group_strength(best) and (g.dated or not best.dated))
        ]

    def _card_of_listed_post(self, page: PageAnalysis, *, final: bool = False) -> LinkGroup | None:
        """The group showing ``page``'s single record when that record is a card of a listed post: the
        page's headline-like links and its links in the markup (group key) in which two listing pages at
        least showed dated records (outside chrome, not home) all lead to one other page, of another URL
        family than ``page``'s, that some listing dates. A post's own headline links nowhere, and a post's
        one "next post" card links its own family. A short headline ("A CADELA") reads like no headline: the
        markup tells. A page no listing lists that shows its one record with a date, in markup one dated
        listing page used, is a section of one post even when no listing dates that post: the group returned
        then dates it. At the crawl's end (``final``), a card of a post of the page's own URL family is one too when
        the page is an archive of one card (``_archive_of_one``): a WordPress day archive showing its day's one
        post, both named ``/YYYY/MM/*.html``. Families are compared as ``_cards_of_listed_posts`` compares them
        (``_of_own_family``: with or without the trailing slash, under any name a redirect gave the target)."""
        cards = [
            group
            for group in page.groups
            if (group.title_like or self.record_markup[group.key] >= 2)
            and not self.is_chrome(group, page.url)
            and not all(_is_site_root(url) for url in group.urls)
        ]
        # A link inside the element holding a card's headline link, where the listings show their records (a link in
        # the card's summary, to a page the site no longer has), is part of that card, not a record of its own
        # (hugo-patojad's /tags/webdad/, /tags/crespo/).
        holders = [
            (group.key, group.key.rpartition("/")[0] + "/")
            for group in cards
            if "/" in group.key and self.record_markup[group.key] >= 2
        ]
        cards = [
            group
            for group in cards
            if not any(group.key != key and group.key.startswith(holder) for key, holder in holders)
        ]
        targets = {url for group in cards for url in group.urls}
        if len(targets) > 1:
            return self._cards_of_listed_posts(page, cards, targets)
        if len(targets) != 1:
            return None
        target = next(iter(targets))
        if target == page.url or target in self.aliases.get(page.url, ()):
            return None
        if self._of_own_family(page.url, target):
            return self._archive_of_one(page, target, cards) if final else None
        if self.roles.get(target) not in (None, ARTICLE):
            return None
        shown = [group for group in cards if self.record_markup[group.key] >= 2]
        if target in self.listing_dated and shown:
            # a post some listing dates: not a profile an undated list names (its family would be dated)
            return shown[0]
        if page.has_date and not self.members.get(page.url):
            # A page no listing lists (a section the menu links) showing its one record with a date, in the very
            # markup a dated listing shows its records in: a section of one post. The date it shows is the
            # card's, so the listing dates its record.
            shown = [group for group in cards if self.record_markup[group.key] >= 1]
            if shown:
                return replace(shown[0], dated=1, dated_urls=(target,))
        return None

    def _archive_of_one(self, page: PageAnalysis, target: str, cards: list[LinkGroup]) -> LinkGroup | None:
        """``page`` shows one card, linking ``target``, a page of its own URL family, in the markup (group key) in
        which two listing pages at least showed dated records, and no page of the site links ``page`` itself in
        such markup: an archive of one record (a WordPress day archive, ``/2020/08/13.html``, showing that day's
        one post, ``/2020/08/blog-post_13.html``), not a post. The link graph tells them apart, not the page: the
        site's listings show their posts as records, and the archive's post as a record here; the archive is
        linked only by the days its posts' meta lines print, never as a record. A post showing its neighbour's
        card in the listings' markup (a theme's "next post" card) is itself a record of its listings, or of its
        other neighbour's card. Asked at the crawl's end, when every page that may link ``page`` was read."""
        if self.roles.get(target) not in (None, ARTICLE) or self.members.get(page.url) or not page.has_date:
            return None
        shown = [group for group in cards if self.record_markup[group.key] >= 2]
        if not shown:
            return None
        if any(self.record_markup[key] for key in self.inbound_slots.get(page.url, ())):
            return None  # a record of some page's list in the listings' markup: a post with its neighbour's card
        return replace(shown[0], dated=1, dated_urls=(target,))

    def _cards_of_listed_posts(self, page: PageAnalysis, cards: list[LinkGroup], targets: set[str]) -> LinkGroup | None:
        """The group of ``page``'s cards when its headline links and record-markup links (``cards``, as
        ``_card_of_listed_post`` gathers them) lead to several posts some listing dates, all of another URL family
        than ``page``'s, one group at least in the markup two listing pages showed dated records in: a tag page of
        a few posts (hugo-patojad's /tags/2026/, two cards, a theme writing ``article:published_time`` on every
        page and a sidebar of widgets whose text outweighs the cards). A post's box of related posts links its own
        family. A family is the same whichever of its names a link uses (``/artigos/x`` answering 301 with
        ``/artigos/x/``: a Jigsaw post's neighbours linked without the slash its own URL has)."""
        aliases = self.aliases.get(page.url, ())
        for target in targets:
            if target == page.url or target in aliases:
                return None
            if self._of_own_family(page.url, target):
                return None
            if self.roles.get(target) not in (None, ARTICLE) or target not in self.listing_dated:
                return None
        shown = [group for group in cards if self.record_markup[group.key] >= 2]
        return shown[0] if shown else None

    def _of_own_family(self, url: str, target: str) -> bool:
        """Whether ``target`` is of ``url``'s URL family under any of its names: with or without the trailing slash,
        or the name a redirect gave it (``/artigos/x`` answering 301 with ``/artigos/x/``: a Jigsaw post's neighbours
        linked without the slash its own URL has)."""
        own = path_family(url).rstrip("/")
        return any(path_family(name).rstrip("/") == own for name in (target, *self.aliases.get(target, ())))

    def _box_of_one_beside_its_kind(self, page: PageAnalysis, group: LinkGroup) -> bool:
        """``group`` is one dated headline in the markup (group key) of a list of two or more beside it on
        the page: a column front's boxes, one per sub-column, the newest entries of each ("持续更新" holding
        its only post beside "信息动态" and "参阅资料" of five). Each box is its own group (the links sit in
        different containers); a group of one link is no listing's (a footer's lone link, a post's
        "previous" link), but one in the very markup of the boxes beside it is a box of the same list."""
        if len(group.urls) != 1 or group.dated != 1 or not group.title_like:
            return False
        return any(
            other is not group
            and other.key == group.key
            and len(other.urls) >= 2
            and other.dated >= 2
            and not self.is_chrome(other, page.url)
            for other in page.groups
        )

    def _hub_of_boxes(self, page: PageAnalysis) -> bool:
        """``page`` shows several boxes of dated records in one markup (group key), outside the site's chrome: a
        hub of sections' lists (a guides page: three guides of one topic, four of the next, seven of a third), not
        a post. A post's "related" or "recent" box is one box; a hub repeats the records of the site's article
        template box after box. Its own page may still call itself a dated post (a theme writing a
        ``BlogPosting`` JSON-LD on every page), which is why it must not pass for one by its markup alone."""
        boxes: dict[str, int] = defaultdict(int)
        for group in page.groups:
            if (
                len(group.urls) >= 2
                and group.dated == len(group.urls)
                and group.title_like
                and not self.is_chrome(group, page.url)
            ):
                boxes[group.key] += 1
        return any(count >= HUB_BOXES for count in boxes.values())

    def _sub_listing_group(self, page: PageAnalysis, group: LinkGroup) -> bool:
        """``group`` is ``page``'s own dated list of another page family: a section's sub-listing.

        Two of its records at least are dated, and its links all share one numbered page name
        unlike the page's own (``factory_142.html`` listing ``factory131.html`` and
        ``factory130.html``). A box of recent posts beside a post lists the post's siblings, named
        like the post. A list of a single entry says less (a post's one "previous" link looks the
        same): it is a sub-listing only where pages named like this one, in its folder, are
        listings already (``factory_102.html`` beside ``factory_140.html``).
        """
        if not self._another_shape_list(page, group):
            return False
        return len(group.urls) >= 2 or self._listing_name(page.url)

    @staticmethod
    def _another_shape_list(page: PageAnalysis, group: LinkGroup) -> bool:
        """Dated records (two, or the only one) whose links share a numbered page name unlike ``page``'s."""
        own_shape = name_shape(page.url)
        single = len(group.urls) == 1
        if own_shape is None or group.dated < (1 if single else 2) or (single and not group.title_like):
            return False
        shapes = {name_shape(url) for url in group.urls}
        return len(shapes) == 1 and None not in shapes and own_shape not in shapes

    def _listing_name(self, url: str) -> bool:
        """Another page of ``url``'s folder, named like it (``factory_{n}.html``), is a listing."""
        folder, shape = _folder(url), name_shape(url)
        return any(
            role == LISTING and other != url and name_shape(other) == shape and _folder(other) == folder
            for other, role in self.roles.items()
        )

    def classify(
        self, page: PageAnalysis, *, has_body: bool, expected_listing: bool = False, final: bool = False
    ) -> Decision:
        """The page's role now; UNDECIDED when only the rest of the crawl can tell. ``final``: the crawl has
        ended (``resolve``), no listing will list the page any more."""
        self._listed_as_alias(page.url)
        # A page a listing's pager links is that listing's page, whichever link the crawl reached it by first.
        expected_listing = expected_listing or page.url in self.pager_named
        groups = self.listing_groups(page, expected=expected_listing)
        listed = sum(len(g.urls) for g in groups)
        listed_text = sum(g.record_text for g in groups)
        prose = page.outside_text
        member = bool(self.members.get(page.url))
        family = path_family(page.url)
        if groups:
            strong = listed >= 3 or page.pagination or expected_listing or any(g.dated >= 2 for g in groups)
            # An article's own prose outweighs its related-posts list; a listing's records
            # are its content (an intro paragraph above a listing does not make it an article).
            # A listing's record with a date of its own is an article unless its lists dwarf its
            # text: a short post beside a box of recent posts is still a post.
            # A CMS article labels itself ("发布日期：…", "来源：…"): that, a date and prose outweighing its
            # box of headlines make it an article whoever linked it. A page with a pager of its own is a
            # listing whose entries carry such labels (DedeCMS prints "发布时间：" in each).
            # A box of recent posts beside a post lists the post's siblings. A dated list whose records all
            # have one numbered page name unlike the page's own is the page's own list: a section's
            # sub-listing (``factory_140.html`` listing ``factory71.html`` …) that a section front links
            # like an article, not a post.
            lists_another_family = any(self._sub_listing_group(page, g) for g in groups)
            strong = strong or lists_another_family
            # Weighed only when the groups make the page a listing (most articles beside a box never ask), its label
            # lines last: of most pages they are never read (PageAnalysis.label_reader).
            if strong and not self._own_article(
                page, prose, listed_text, member, lists_another_family, expected_listing
            ):
                if not lists_another_family and self._boxes_of_its_articles(page, groups, expected_listing):
                    # Its lists sit where its family's articles show their boxes (a CMS item's "related" box of the
                    # items before it, which slides from item to item): an article beside the boxes of its kind.
                    return self._decide(page, ARTICLE, "dated, its lists only the boxes its family's articles show")
                if self._record_beside_box(page, listed, expected_listing, member):
                    # A listing's record that labels itself an article ("发布时间：…", article markup) beside a small
                    # box of dated records in markup that swallows its prose (jizhi-sdhjnl's "足球动态" tab, whose
                    # "更多" link's record holds both tabs): whether it is a post the site's listed posts tell, by
                    # their look (URL pattern and headline template). A slider on the home lists it before any
                    # listing did: held until they have shown it, or until the crawl's end.
                    if self._looks_like_listed_posts(page):
                        return self._decide(
                            page, ARTICLE, "a listed record with the look of the listed posts, beside a box"
                        )
                    if not final:
                        return Decision(
                            UNDECIDED, "a labelled article's page beside a small box of dated links (so far)"
                        )
                if not final and self._post_beside_box(page, listed, listed_text, expected_listing, member):
                    # A post of a theme that writes no article markup, fetched before any listing listed it
                    # (hugo-sjtug's first post, beside its "Read more" box of four dated posts): its own date
                    # and prose say post, the box says listing. Listings, or the crawl's end, tell.
                    return Decision(UNDECIDED, "its own date and prose outweigh its box of dated links (so far)")
                if (
                    not final
                    and not lists_another_family
                    and self._beside_its_own_kind(page, groups, listed, expected_listing)
                ):
                    # A short post (a scanned notice, a photo) beside a box of related stories, all of them
                    # pages of its own kind, fetched before the site's other pages showed the box: the pages
                    # repeating it (chrome) and the listings tell by the crawl's end (wp-aganor's newest posts).
                    return Decision(UNDECIDED, "a dated page beside a few pages of its own kind (so far)")
                if not final and self._record_with_links_in_its_text(
                    page, groups, listed, listed_text, member, expected_listing or lists_another_family
                ):
                    return Decision(
                        UNDECIDED, "a listing's record whose prose outweighs its few undated links (so far)"
                    )
                return self._decide(page, LISTING, f"{listed} records in {len(groups)} repeated groups", groups)
        card = self._card_of_listed_post(page, final=final)
        if card is not None:
            # One record, shown in the markup the site's listings show their records in, linking a post that
            # listings list under another URL family: a tag page of one post, whose card may carry the post's
            # whole text and date (the theme's title link sits in <b>, not a heading). Or a few such records.
            if len(card.urls) == 1 and self._of_own_family(page.url, card.urls[0]):
                return self._decide(page, LISTING, "an archive of one record, in the site's listing markup", [card])
            reason = (
                "its one record is a listed post, in the site's listing markup"
                if len(card.urls) == 1
                else "its records are listed posts of another family, in the site's listing markup"
            )
            return self._decide(page, LISTING, reason, [card])
        if (
            page.heading_link
            and not page.labelled
            and page.outside_text < HEADING_LISTING_PROSE
            and (not member or (page.url not in self.headline_listed and self._listed_article(page.heading_link)))
        ):
            # Its first heading is a link to another page: a listing whose records are headlines,
            # even a tag page with one record (an article's headline is its own title). A page some
            # listing links as a record (a tag cloud links its tag pages by their names) must head with a
            # link to one of the site's listed articles, and no list of headlines may list it: a short
            # post's next heading may be a related post's link.
            holders = [g for g in page.groups if page.heading_link in g.urls]
            single = holders[:1]
            # A heading in a box of pages of its own kind that the site's pages repeat (a post's "related stories"
            # box left inside a heading the theme never closes, first in the content where the headline sits in the
            # page's own header) is chrome, not the page's list of headlines: the page is read as if it had no such
            # heading. A year's archive showing the blog's newest posts as the blog's front does lists another kind.
            kind = path_family(first_page_url(page.url))
            in_chrome_box = (
                bool(holders)
                and all(self.is_chrome(g, page.url) for g in holders)
                and all(path_family(first_page_url(url)) == kind for g in holders for url in g.urls)
            )
            if not in_chrome_box and not (single and self._names_sections(single[0])):
                return self._decide(page, LISTING, "its first heading links to another page", single)
        if self.entry_points and page.url not in self.navigable:
            # No link from the home leads here (yet): only the sitemap did. The crawl's end tells.
            return Decision(UNDECIDED, "reached only through the sitemap (so far)")
        if self._feed_only(page.url):
            # Only a feed leads here, and no link from the home to a page of its URL family (yet): a Hugo home feed
            # names a section no page links (a theme's demo course) by date, as it names the posts. The crawl's
            # end tells.
            return Decision(UNDECIDED, "reached only through a feed (so far)")
        if not has_body:
            if not final and not expected_listing and self._later_page_before_listing(page.url):
                # Named like a listing's later page (``/news/page/2/``), reached by another link (a home's "More
                # news") before the listing's first page was read: its records may read as a list only once the
                # listing's pager names it (a last page of one record). The listing, or the crawl's end, tells.
                return Decision(UNDECIDED, "a listing's later page, reached before its listing (so far)")
            # A listing's record is meant to be archived: validation records why it could not be.
            if member:
                return self._decide(page, ARTICLE, "a listing's record, without a title or text")
            return self._decide(page, PAGE, "no title or text of its own")
        if member:
            if self._chrome_page_among_records(page.url):
                # The site's menus or footer link it from every page by a menu word, and the listings that list it list
                # pages of other URL patterns nearly only: a policy page the theme files under tags and its author's
                # pages beside the posts, not a post. The crawl's end tells whether a post of its family turns up.
                if not final:
                    return Decision(UNDECIDED, _MENU_PAGE)
                return self._decide(page, PAGE, _MENU_PAGE)
            if self._feed_entry_unlisted(page.url) and not self._neighbour_of_posts(page.url):
                # Only a feed lists it, where the site's listings list the feed's other entries: a Hugo home feed
                # names every dated page of the site, its policies (shown by a section page of two entries, which
                # is no listing) among the posts its sections list. Whether a listing lists it, the crawl's end tells.
                # A post the site's posts link as their neighbour is in the chain of posts, whatever the listings
                # of the copy show (a Gatsby category page built before the post was filed in it).
                if not final:
                    return Decision(UNDECIDED, "a feed's entry no listing lists, beside listed ones (so far)")
                return self._decide(page, PAGE, "a feed's entry no listing lists, beside listed ones")
            if self._undated_record(page.url):
                # Whatever date its own page carries (WordPress dates its static pages too), the crawl's
                # end tells whether a listing dates it or its family.
                return Decision(UNDECIDED, "a record of undated lists only, on a site whose listings date posts")
            if not page.article_signals and any(
                len(g.urls) == 1 and self._another_shape_list(page, g) and not self.is_chrome(g, page.url)
                for g in page.groups
            ):
                # One dated entry of another page family and no listing named like this page known yet:
                # a one-entry sub-listing or a short post with one "previous" link. The crawl's end tells.
                return Decision(UNDECIDED, "one dated entry of another page family, its kind unknown (so far)")
            if (page.has_date or page.article_signals) and self._headless_record(page):
                # No headline of its own where every listed post shows one: the crawl's end tells whether a listed
                # article of its URL family or its layout turns up.
                return Decision(UNDECIDED, "a listing's record without a headline, where listed posts show one")
            if (page.has_date or page.article_signals) and self._record_of_another_layout(page):
                # The same for a headline laid out unlike the listed posts', which share one layout: the crawl's end
                # tells.
                return Decision(UNDECIDED, "a listing's record laid out unlike the listed posts (so far)")
            if (page.has_date or page.article_signals) and self._before_listing_dates(page.url):
                # Only lists without a pager or dates list it (a home's welcome text linking its guides, a
                # tag index), and the site's listings have not shown yet whether they date their posts: if
                # they do, an undated record of a family none dates is a page whatever its own page prints
                # (a documentation page's "Last update" line). The crawl's end tells, in any crawl order.
                return Decision(UNDECIDED, "a record of unpaged undated lists, before listings showed dates")
            if (page.has_date or page.article_signals) and self._stray_record(page.url):
                # A rare family in the one listing that lists it (a home's stream showing the about and contact
                # pages by date among the posts): the crawl's end tells whether other listings list the stream's
                # posts but never its family.
                return Decision(UNDECIDED, "a record of a family rare in the one listing that lists it (so far)")
            if page.has_date or page.article_signals:
                return self._decide(page, ARTICLE, "a listing's record, with a date")
            if page.url not in self.listing_dated and self._undated_among_self_dated(page):
                # No date on its page nor beside it on any list, where nearly all the articles of its URL family print
                # their own: a charity project's page a home's box lists beside boxes of dated news, both named
                # /<id>.html, not a post its family's dates vouch for. A list may still date it: the crawl's end tells.
                if not final:
                    return Decision(UNDECIDED, "an undated record no list dates, among posts that date themselves")
                return self._decide(page, PAGE, "an undated record no list dates, among posts that date themselves")
            if page.url in self.listing_dated:
                # A theme may print a post's date on its listings only; but a generic section list dates
                # profiles too, on a site whose posts date themselves. The crawl's end tells which.
                return Decision(UNDECIDED, "a listing's record that only its listing dates (so far)")
            if self.family_dated[family] and not self._undated_section(page):
                # (A page the site's menus link is a section of it, not a post its family's dates vouch for: the
                # crawl's end tells.)
                return self._decide(page, ARTICLE, "a listing's record; its family shows dates")
            return Decision(UNDECIDED, "a listing's record without a date")
        if (
            self._article_family(family)
            and page.has_date
            and page.article_signals
            and self._in_article_slot(page.url)
            and not self._hub_of_boxes(page)
        ):
            # Not a listing's record, but dated article markup in a family of articles, linked where
            # articles are linked (a post linked only from a sidebar's recent posts). An about page
            # shares /*/ with /:title/ posts: it has neither, and menus link it. A hub showing box after box
            # of dated records is no post, whatever its markup says.
            return self._decide(page, ARTICLE, f"of the article family {family}, with article markup", inferred=True)
        return Decision(UNDECIDED, "not linked from a listing (yet)")

    def _own_article(
        self,
        page: PageAnalysis,
        prose: int,
        listed_text: int,
        member: bool,
        lists_another_family: bool,
        expected_listing: bool,
    ) -> bool:
        """The page's own prose and markup outweigh its listing-like groups (see classify)."""
        # (either side first: both are pure; its label lines last, being the dearest to read)
        family = path_family(page.url)
        if (
            member
            and not lists_another_family
            and (
                (page.has_date and listed_text < 4 * max(prose, 50))
                or (
                    self._article_family(family)
                    and prose >= 0.5 * listed_text
                    # An undated page of a family whose articles date themselves is no post of it by its prose:
                    # a column page named like its items (PHPCMS's /col/index.html beside /col/2892.html)
                    # beside its list, whose other rows a static copy left linking nowhere.
                    and (page.has_date or not self._family_dates_itself(family))
                )
            )
        ):
            return True
        labelled_article = page.has_date and not page.pagination and not expected_listing
        return prose >= listed_text and (page.article_signals or (labelled_article and page.labelled))

    def _post_beside_box(
        self, page: PageAnalysis, listed: int, listed_text: int, expected_listing: bool, member: bool
    ) -> bool:
        """A dated page without a pager, no listing's record yet, whose prose outweighs the few dated records
        it shows several times over: a post beside a box of recent posts, or a listing with a long
        introduction; only the listings yet to come can tell."""
        return (
            not member
            and not expected_listing
            and not page.pagination
            and page.has_date
            and listed <= POST_BESIDE_BOX_RECORDS
            and page.outside_text >= POST_BESIDE_BOX_PROSE * max(listed_text, 1)
        )

    @staticmethod
    def _record_with_links_in_its_text(
        page: PageAnalysis, groups: list[LinkGroup], listed: int, listed_text: int, member: bool, listing_like: bool
    ) -> bool:
        """A listing's record without a pager, whose prose outweighs the few undated links it shows several times
        over: a post whose text lists a few of the site's pages ("Published version", "Interactive map", "Signature
        description"; ablog-urbangrammar's data paper, taken for a listing of three while its family was not yet
        known for articles). Whether its family is the site's posts, the rest of the crawl tells (``_own_article``
        then weighs its prose against its list as for any record of an article family)."""
        return (
            member
            and not listing_like
            and not page.pagination
            and not any(group.dated for group in groups)
            and listed <= POST_BESIDE_BOX_RECORDS
            and page.outside_text >= POST_BESIDE_BOX_PROSE * max(listed_text, 1)
        )

    @staticmethod
    def _record_beside_box(page: PageAnalysis, listed: int, expected_listing: bool, member: bool) -> bool:
        """A listing's record without a pager, dated, labelled as a CMS labels an article and in article markup, whose
        lists are a few records (POST_BESIDE_BOX_RECORDS at most): a post beside a box of another section's news, or
        a small listing; the site's listed posts tell (classify)."""
        return (
            member
            and not expected_listing
            and not page.pagination
            and page.has_date
            and page.article_signals
            and listed <= POST_BESIDE_BOX_RECORDS
            and page.labelled
        )

    @staticmethod
    def _beside_its_own_kind(page: PageAnalysis, groups: list[LinkGroup], listed: int, expected_listing: bool) -> bool:
        """A dated page without a pager whose lists are a few records (POST_BESIDE_BOX_RECORDS at most) all of its
        own URL family (``/2024/04/04/x/`` beside ``/2024/05/22/y/``): a post beside a box of related or recent
        posts, or a small listing of pages named like it. The pages that repeat the box (it is chrome then) and the
        listings tell which; until then, neither."""
        kind = path_family(first_page_url(page.url))
        return (
            not expected_listing
            and not page.pagination
            and page.has_date
            and listed <= POST_BESIDE_BOX_RECORDS
            and all(path_family(first_page_url(url)) == kind for group in groups for url in group.urls)
        )

    def resolve(self, page: PageAnalysis, *, has_body: bool) -> Decision:
        """The final role of a page held until the crawl's end: no more evidence will come."""
        decision = self.classify(page, has_body=has_body, final=True)
        if decision.role != UNDECIDED:
            return decision
        family = path_family(page.url)
        if (
            self.entry_points
            and page.url not in self.navigable
            and not self.family_navigable[family]
            and sum(self.family_navigable.values()) >= LISTED_FAMILY_MIN
        ):
            # Only the sitemap leads here, and no article of its shape is reachable by links, on a site whose
            # articles are: a section the site does not show (a theme's demo posts, drafts).
            return self._decide(page, PAGE, "reached only through the sitemap, unlike every article of the site")
        if self._feed_only(page.url) and self._linked_articles() >= LISTED_FAMILY_MIN:
            # The same for a page only a feed leads to: a feed names what the site dates, and a Hugo home feed names
            # every dated page, its pages of a section no link leads to (Wowchemy's demo course) among the posts,
            # which the site's links reach. A feed's entry counts as a listing's record where a link leads to its
            # URL family too.
            return self._decide(page, PAGE, "reached only through a feed, unlike every article of the site")
        if self.members.get(page.url):
            if self._chrome_page_among_records(page.url):
                return self._decide(page, PAGE, _MENU_PAGE)
            if self._headless_record(page):
                # A listing's record whose page shows no headline in its content (its title only in the page's header,
                # as the site's listing pages show theirs), of a URL family no listed article is of, where every
                # listed article (five at least) shows one: a photo album in the home's stream beside the posts
                # (hugo-0x0cqq's /gallery/<album>/: a grid of pictures under the header), not a post.
                return self._decide(page, PAGE, "a listing's record without a headline, where listed posts show one")
            if self._record_of_another_layout(page):
                # The same for a record whose headline sits in another layout than the one the site's listed posts
                # share (four in five at least), of a URL family and URL patterns no article is of: a portal's
                # software download pages (desktop layout, ``/down/<id>.html``, "更新时间：…" among the specs), which
                # its desktop home lists beside the mobile edition's 242 articles (``/c/<id>.html``, one layout).
                return self._decide(page, PAGE, "a listing's record laid out unlike the listed posts, its family none")
            if self._undated_record(page.url) and page.date_labelled and page.has_date and self._in_stream(page.url):
                # A CMS article labels its own date ("发表时间：2017-04-07 …") where its listings print a
                # day without its year ("04-07"): a record of a paged stream, a post, not a page's sub-page. A
                # source or author label is not enough: a wiki's script pages cite the gist each came from
                # ("来源：…") under a generator's published time; nor a wiki's note dated "时间：2014-10-07" in
                # its text, which only the wiki's unpaged indexes list (jekyll-ustclug).
                return self._decide(page, ARTICLE, "a listing's record labelled like an article, with a date")
            if self._undated_record(page.url) and self._looks_like_listed_posts(page):
                # Its own page dates it, and it has the look of the site's listed posts (URL pattern and
                # headline template): a column of posts whose listing prints no dates (picture news).
                return self._decide(page, ARTICLE, "a listing's record, dated, with the look of the listed posts")
            if self._undated_record(page.url) and self._names_day_as_listed_posts(page):
                # Its own page dates it, and its URL names its publication day the way the site's listed posts'
                # URLs do: a CMS names a post's file by the day it was published, never a statute's or a
                # profile's. An edition in another language, its own layout, its news list undated (trs-cpaxj).
                return self._decide(page, ARTICLE, "a listing's record, dated, its URL naming its day as posts' do")
            if self._undated_record(page.url) and self._shows_boxes_of_its_layout(page):
                # Its own page dates it under its headline, in the layout of the site's dated posts, and it shows a
                # box where those posts show theirs (a CMS item's "related" box): a column of posts whose listing
                # prints summaries, no dates (phpcms-5iedu's 精品教案), not a page's sub-pages.
                return self._decide(
                    page, ARTICLE, "a listing's record, dated, showing the boxes its layout's posts show"
                )
            if self._undated_record(page.url):
                return self._decide(
                    page,
                    PAGE,
                    "a record of undated lists only, of a family no listing dates, where listings date posts",
                )
            if (page.has_date or page.article_signals) and self._before_listing_dates(page.url):
                # held for the listings' dates, which never came: dated by its own page, as any listed record
                return self._decide(page, ARTICLE, "a listing's record, with a date")
            if (
                self._stray_record(page.url)
                and self._stream_filed_elsewhere(page.url)
                and not self._looks_like_listed_posts(page)
            ):
                return self._decide(
                    page, PAGE, "of a family only one listing lists, beside posts other listings list too"
                )
            if (page.has_date or page.article_signals) and self._stray_record(page.url):
                return self._decide(page, ARTICLE, "a listing's record, with a date")
            if (
                not page.has_date
                and not _names_day(page.url)
                and self._family_mostly_undated(family)
                and self._layout_dates_itself(page.template, family)
                and self.dated_by.get(page.url)
            ):
                # A listing prints a day beside it, but its own page prints none, nor do most listed records of its
                # URL family (_family_mostly_undated), where most listed posts of its layout print theirs: the
                # listing dates its entries (a school's recommended colleges, "[ 发布时间 ] 2017-04-13"), the page
                # is a profile, not a post. A
                # post of a stream whose other posts date themselves (one the author left undated) stays a post,
                # a theme that prints its posts' dates on listings only leaves most of them undated, and a page
                # whose URL names its day (``/2018/08/28/``, TRS's ``t20180828_196717.html``) is dated by it
                # (trs-pmodlh's English edition, which prints none).
                return self._decide(
                    page, PAGE, "only a listing dates it, where the listed posts of its layout print their own dates"
                )
            if (
                not page.has_date
                and not page.article_signals
                and self.dated_by.get(page.url)
                and all(self._directory_of_listings(listing) for listing in self.dated_by[page.url])
            ):
                # Only lists whose other entries are listings date it (a portal's "public services" box of its
                # columns, each with the day it was last updated): the day is a section's, and the page,
                # dated by nothing of its own, is one of the sections, not a post. An article template is what
                # listings point to; a list of sections points to none.
                return self._decide(page, PAGE, "only a list of sections dates it, and its own page shows no date")
            if self._dated_by_navigable_listing(page.url) or (
                self.dated_by.get(page.url) and not self._reachable_dated_article()
            ):
                # A list a reader reaches by links shows its date, or any list does on a site none of whose
                # reachable articles prints a date of its own (a theme that prints dates on listings only). A
                # generic taxonomy list only the sitemap names, on a site whose posts date themselves, dates
                # nothing. Articles only the sitemap leads to do not count: whether one was placed before this
                # page (the order pages are placed in at the crawl's end) must not decide.
                return self._decide(page, ARTICLE, "a listing's record, dated by a listing")
            articles = self.family_roles[family][ARTICLE]
            if self._undated_section(page):
                # Undated, and linked by the site's menus: a section of the site (a forum's index of its forums,
                # which a forum topic's text lists in some crawl orders), not a post its family's dates vouch for.
                return self._decide(page, PAGE, "a listing's record the menus link, undated: a section")
            if articles and self.family_dated[family] * 2 >= articles:
                return self._decide(page, ARTICLE, "a listing's record in a family of dated articles")
            if not self.dated_pages and not self.listing_dated:
                # A site whose listings date their records dates things: an undated record is a profile or
                # a landing page, whichever listing the crawl read first.
                return self._decide(page, ARTICLE, "a listing's record on a site that dates nothing")
            return self._decide(page, PAGE, "a listing's record, but it and its family show no dates")
        if (
            self._article_family(family)
            and self.family_roles[family][ARTICLE] >= 3
            and ((page.has_date and page.article_signals) or not self.dated_pages)
        ):
            if self._listed_family(family) and not self._in_article_slot(page.url):
                # Every article of its family is some listing's record; this page is no listing's and
                # is linked only where sections and pages are (menus, footers): a landing page.
                return self._decide(page, PAGE, f"of {family}, whose articles listings list, but linked only by menus")
            if page.has_date and page.article_signals and self._hub_of_boxes(page):
                # No listing's record, showing box after box of dated records: a hub of sections' lists (a
                # guides page) that its theme marks up as a dated post, as it does every page.
                return self._decide(page, PAGE, f"of {family}, but a hub of boxes of dated records, no listing's")
            return self._decide(page, ARTICLE, f"of the article family {family}, with article markup", inferred=True)
        if (
            has_body
            and page.labelled
            and page.has_date
            and page.outside_text >= LABELLED_PROSE
            and page.heading_link is None  # a tag page's first heading is a post's link
            and self._post_template(page.template)
            and not self._among_pages(page)
        ):
            return self._decide(page, ARTICLE, "labelled like an article (source, author or date lines), with a date")
        if has_body and page.has_date and page.heading_link is None and self._dated_family_member(page):
            # No listing lists it, and its theme writes no article markup; but it is of a URL family whose articles
            # listings list and date themselves (each prints its day, as this page does), and a reader reaches it
            # by links outside the menus: a strip of pictured reports on a faculty's home, each picture its link.
            return self._decide(
                page, ARTICLE, f"of {family}, whose listed articles date themselves, dated, linked", inferred=True
            )
        if has_body and page.heading_link is None and self._dated_pattern_member(page):
            # The same, for a column of its own beside the listed ones: no listing lists it (a box of two beside a
            # box of seven is the weaker list), but its URL pattern, one folder free, and its headline layout are
            # those of the site's listed, dated posts, and it prints its own date (a CMS edition's "About" column
            # of documents, filed and laid out as its "Laws" column's).
            return self._decide(page, ARTICLE, "dated, linked, with the look of the listed posts", inferred=True)
        if has_body and page.heading_link is None and self._in_boxes_of_its_kind(page):
            # The same for a page linked only by the boxes its family's (its layout's) articles show (a CMS item's
            # "related" box of the items before it, which its column's listing pages no longer show), showing such
            # boxes only itself, dated: the oldest items of a column, reached from the newer ones.
            return self._decide(page, ARTICLE, "dated, linked by the boxes its kind's articles show", inferred=True)
        if (
            has_body
            and page.has_date
            and page.article_signals
            and page.url in self.box_dated
            and self.template_listed[page.template] > 0
        ):
            # Linked only by a box of dated entries (a sidebar's "recent posts", chrome on every page), dated
            # and marked up as an article on its own page, in the layout of the posts listings list: a post
            # no listing of this copy of the site lists (a WordPress category page the export left out).
            return self._decide(page, ARTICLE, "a dated box's entry, laid out like the listed posts, with a date")
        return self._decide(page, PAGE, "reached only from navigation or other pages")

    def resolve_all(self, pages: list[tuple[PageAnalysis, bool, bool | None]]) -> dict[str, Decision]:
        """The final roles of every page held until the crawl's end, ``(analysis, has_body, profile rule)``,
        placed together: each on the same evidence, whatever order the crawl held them in.

        Placed one at a time, each page's role was evidence for the next (a family's articles, a listing's
        records, a template's posts), so the same pages came out differently in another order. Here a round
        decides every page on the model as the round found it, then records the decisions; the next round
        decides them again with those in (a held listing's records, a held family's articles), until no role
        moves. Decisions are recorded in URL order: where a record keeps the first date a listing showed,
        the first is the same in every crawl.
        """
        ordered = sorted(pages, key=lambda entry: entry[0].url)
        self.held_patterns = Counter(pattern for page, _, _ in ordered for pattern in url_patterns(page.url))
        decisions: dict[str, Decision] = {}
        undated = [
            page for page, _, _ in ordered if self.members.get(page.url) and not (page.has_date or page.article_signals)
        ]
        for _ in range(PLACING_ROUNDS):
            self.held_undated = Counter(
                path_family(page.url) for page in undated if self.roles.get(page.url) != ARTICLE
            )
            self.deferring = True
            try:
                found = {
                    page.url: self.overrule(page, self.resolve(page, has_body=has_body), rule)
                    for page, has_body, rule in ordered
                }
            finally:
                self.deferring = False
            for page, _, _ in ordered:
                self.record(page, found[page.url])
            settled = {url: d.role for url, d in found.items()} == {url: d.role for url, d in decisions.items()}
            decisions = found
            if settled:
                break
        self.held_undated = Counter()
        return decisions

    def overrule(self, page: PageAnalysis, decision: Decision, rule: bool | None) -> Decision:
        """A profile's URL pattern says what the page is (True: an article, False: never one); the model
        learns from the answer as from its own."""
        if rule is True and decision.role != ARTICLE:
            if decision.role in (PAGE, UNDECIDED) and self._undated_among_self_dated(page):
                # The pattern holds the site's dated posts and this page, which prints no date where nearly all of
                # them print theirs: a college's introduction VSB keeps as an item of a column, under the posts'
                # ``/info/<column>/<id>.html`` that a probe of fifty pages wrote as the article pattern. What the
                # model learned from the whole crawl decides it, as in generic mode.
                return decision
            return self._decide(page, ARTICLE, "the profile's article pattern")
        if rule is False and decision.role == UNDECIDED and self._later_page_before_listing(page.url):
            return decision  # a listing's later page held for its listing's pager: a listing it may prove to be
        if rule is False and decision.role in (ARTICLE, UNDECIDED):
            return self._decide(page, PAGE, "the profile's listing pattern: never an article")
        return decision

    def _feed_entry_unlisted(self, url: str) -> bool:
        """Whether only feeds list ``url``, no listing page of the site, while the site's listing pages list nearly all
        (LISTED_SHARE of at least LISTED_FAMILY_MIN) of one such feed's other entries: that feed names more than the
        site's posts (a section's or a tag's feed of the same few pages says nothing)."""
        feeds = self.members.get(url, set())
        if not feeds or any(listing not in self.feeds for listing in feeds):
            return False
        for feed in feeds:
            others = self.feed_records.get(feed, set()) - {url}
            listed = sum(1 for other in others if any(lst not in self.feeds for lst in self.members.get(other, ())))
            if len(others) >= LISTED_FAMILY_MIN and listed >= LISTED_SHARE * len(others):
                return True
        return False

    def _neighbour_of_posts(self, url: str) -> bool:
        """Whether an article links ``url`` from a group of one or two links (its previous and next post), and a place
        (group key) linking it links, beside it, two targets at least, nearly all (SLOT_SHARE) records of the site's
        listings: the posts' links to their neighbours, the chain of posts. A policy page a section page of two
        entries links is no post's neighbour."""
        if not any(self.roles.get(linker) == ARTICLE for linker in self.neighbour_links.get(url, ())):
            return False
        for key in self.inbound_slots.get(url, ()):
            others = [target for target in self.slot_targets.get(key, ()) if target != url]
            if len(others) >= 2 and sum(1 for t in others if self.members.get(t)) >= SLOT_SHARE * len(others):
                return True
        return False

    def _undated_section(self, page: PageAnalysis) -> bool:
        """Whether ``page`` is linked by the site's menus in menu words, prints no date, shows no article markup and
        has no prose of its own (HEADING_LISTING_PROSE): a section's index (a forum's table of its forums), not a post
        of its URL family. An undated post a sidebar box links has its text."""
        return (
            page.url in self.menu_word_targets
            and not page.has_date
            and not page.article_signals
            and page.outside_text < HEADING_LISTING_PROSE
        )

    def _undated_among_self_dated(self, page: PageAnalysis) -> bool:
        """Whether ``page`` prints no date and shows no article markup, where nearly all the articles of its URL family
        (LISTED_FAMILY_MIN at least) print their own date (``_family_dates_itself``)."""
        return not page.has_date and not page.article_signals and self._family_dates_itself(path_family(page.url))

    def _later_page_before_listing(self, url: str) -> bool:
        """Whether ``url`` is named like a later page of a listing (its number 2 or more, ``/news/page/2/`` of
        ``/news/``) whose first page the crawl has not placed yet."""
        ref = page_ref(url)
        return ref is not None and ref.number >= 2 and ref.key != url and ref.key not in self.roles

    def _listed_as_alias(self, url: str) -> None:
        """What listings said of the page's other URL (the one redirecting to it, or the one it redirects to)
        they said of the page: which of the two the crawl fetched first must not decide what it is."""
        for alias in self.aliases.get(url, ()):
            for listing in self.members.get(alias, ()):
                self.members.add(url, listing)
            for listing in self.dated_by.get(alias, ()):
                self.dated_by.add(url, listing)
            if alias in self.listing_dated and url not in self.listing_dated:
                self.listing_dated.add(url)
                self.family_listing_dated[path_family(url)] += 1
            if alias in self.listing_dates:
                self.listing_dates.setdefault(url, self.listing_dates[alias])
            if alias in self.headline_listed:
                self.headline_listed.add(url)

    def _directory_of_listings(self, listing: str) -> bool:
        """Whether ``listing``'s records, of those placed so far, are mostly listings themselves (at least
        DIRECTORY_LISTINGS of them, and more than its articles): a list of the site's sections, not of posts."""
        placed = Counter(self.roles.get(url) for url in self.listing_records.get(listing, ()))
        return placed[LISTING] >= DIRECTORY_LISTINGS and placed[LISTING] > placed[ARTICLE]

    def _reachable_dated_article(self) -> bool:
        """Whether an article that prints its own date is reachable by links from the home (any article, where
        the crawl has no navigation to go by: a distributed worker)."""
        if not self.entry_points:
            return bool(self.dated_pages)
        return any(url in self.navigable for url in self.dated_articles)

    def _headless_record(self, page: PageAnalysis) -> bool:
        """Whether ``page`` shows no content heading (``PageAnalysis.template`` empty), none of its URL family's
        articles is a listed one, and the site's listed articles, LISTED_FAMILY_MIN at least, all show one: laid out
        unlike every post the listings list. (A site whose posts print their headline in a styled ``<div>`` or a
        table cell learns that from its first posts, and nothing is held.)"""
        return (
            not page.template
            and self.template_listed[""] <= 0
            and sum(self.template_listed.values()) >= LISTED_FAMILY_MIN
            and self._family_unlike_posts(page.url)
        )

    def _record_of_another_layout(self, page: PageAnalysis) -> bool:
        """Whether ``page`` shows its headline in a layout (``PageAnalysis.template``) no listed article shows, where
        the site's listed articles, LISTED_FAMILY_MIN at least, nearly all (LISTED_SHARE) share one layout, and none
        of its URL family or URL patterns is an article (``_headless_record`` for a headline in another place)."""
        if not page.template or self.template_listed[page.template] > 0:
            return False
        listed = sum(count for count in self.template_listed.values() if count > 0)
        return (
            listed >= LISTED_FAMILY_MIN
            and max(self.template_listed.values()) >= LISTED_SHARE * listed
            and self._family_unlike_posts(page.url)
            # a section of posts laid out their own way, held together (a Quarto site's eleven news posts, each a URL
            # family of its own, their headlines in one place or another, beside listed pages of one layout), is no
            # stray: LISTED_FAMILY_MIN of them under one URL pattern (one folder free)
            and not any(
                self.held_patterns[pattern] >= LISTED_FAMILY_MIN
                for pattern in url_patterns(page.url)
                if not _free_names_only(pattern)
            )
            # an edition in another language, its own layout, whose URLs name their day as the listed posts' do
            and not self._names_day_as_listed_posts(page)
        )

    def _family_unlike_posts(self, url: str) -> bool:
        """Whether no listed article is of ``url``'s URL family, nor any article of its URL patterns."""
        return (
            self.family_listed[path_family(url)] <= 0
            # nor any article of its URL patterns (one folder free): Quarto sets a post's headline in its title block
            # (``<header>``), a post or two whose folder name holds digits (``/posts/202604-videos/``) its own family
            and not any(
                placed.get(ARTICLE, 0) > 0
                for pattern in url_patterns(url)
                if not _free_names_only(pattern) and (placed := self.pattern_roles.get(pattern)) is not None
            )
        )

    def _feed_only(self, url: str) -> bool:
        """Whether only a feed leads to ``url`` (no chain of links from the home), nor does any link to a page of its
        URL family: a feed's section the site's pages never link."""
        return bool(self.entry_points) and url in self.feed_reached and path_family(url) not in self.linked_families

    def _linked_articles(self) -> int:
        """Articles that links from the home reach (not only a feed), counted up to LISTED_FAMILY_MIN."""
        found = 0
        for url, role in self.roles.items():
            if role == ARTICLE and url in self.navigable and url not in self.feed_reached:
                found += 1
                if found >= LISTED_FAMILY_MIN:
                    break
        return found

    def _dated_by_navigable_listing(self, url: str) -> bool:
        """Whether a listing that links from the home reach shows ``url`` with a date (any listing where the
        crawl has no navigation to go by: a distributed worker)."""
        listings = self.dated_by.get(url, set())
        return bool(listings) and (not self.entry_points or any(listing in self.navigable for listing in listings))

    def _undated_record(self, url: str) -> bool:
        """Whether ``url`` is a record only undated lists show, on a site whose listings date their posts,
        and no listing dates a page of its URL family: a page's links to its sub-pages (a statute, a
        candidate's profile), not a post."""
        return (
            url not in self.listing_dated
            and len(self.listing_dated) >= LISTED_FAMILY_MIN
            and not self.family_listing_dated[path_family(url)]
        )

    def _before_listing_dates(self, url: str) -> bool:
        """Whether ``url`` is a record only listing pages without a pager list (no feed), none of them dating it,
        while the site's listings have dated too few records to tell whether they date their posts
        (``_undated_record``)."""
        listings = self.members.get(url, set())
        # A record a listing placed elsewhere names (member_of) is a stream's: not held. A feed's entry the site's
        # listings list nowhere is held too: a Hugo home feed names every page of the site by date, the club's
        # board page among the posts, and whether it came before or after the listings dated five records
        # decided whether it was a post or a page.
        return (
            url not in self.listing_dated
            and len(self.listing_dated) < LISTED_FAMILY_MIN
            and all(
                (listing in self.listing_records or listing in self.feeds) and listing not in self.paged_listings
                for listing in listings
            )
        )

    def _stray_record(self, url: str) -> bool:
        """Whether ``url`` is listed by the pages of one listing only, none listing another page of its URL
        family, and its family is rare (under STRAY_SHARE of at least LISTED_FAMILY_MIN records) in that
        listing, its pages read so far taken together: an about page in a home's stream of posts, not a post of
        a stream's own kind. Together, not page by page: the stream files the static pages by their date, and
        one of its pages may show two of them among ten posts (hugo-dlad's page 15, "About Me" and "Help!"),
        a fifth of that page and two of the stream's 150."""
        listings = self._listing_pages(url)
        family = path_family(url)
        if not listings or len({listing_key(listing) for listing in listings}) != 1:
            return False
        key = listing_key(next(iter(listings)))
        pages = set(self.listing_pages_of.get(key, ())) | listings
        records = {record for listing in pages for record in self.listing_records.get(listing, ())}
        same = sum(1 for record in records if path_family(record) == family)
        if len(records) < LISTED_FAMILY_MIN or same >= STRAY_SHARE * len(records):
            return False
        return not self._family_listed_elsewhere(family, key)

    def _chrome_page_among_records(self, url: str) -> bool:
        """Whether ``url`` is a target of the site's menu words (a link group the pages repeat whose links read as
        menu words, not headlines: its menus, its footer's "Autores · Privacidad"), no article of its URL family is
        placed, and its URL's shape is rare among the records of the listings that list it, taken together
        (LISTED_FAMILY_MIN records at least): under STRAY_SHARE of them share one of its URL patterns (its shape,
        or its shape with one folder free: ``article_templates.url_patterns``). A privacy policy a Hugo theme files
        under tags and on its author's listing by its front matter (hugo-patojad's ``/privacity``, ``/*/`` among
        ``/post/{n}/{n}/*/``), dated and in the posts' layout, linked by every page's footer.

        Patterns, not families: a site whose posts fill its listings may give each post a family of its own, its
        slug a folder (wp-aganor's ``/2019/05/14/<slug>/index.html``, whose family keeps the slug), and every post is
        then one of its family among its listings' records; its shape with the slug's folder free is the posts'
        (session 22's version, on families, left wp-aganor 1 to 4 of its 236 posts as articles). A post is linked from
        listings, not from every page's menus; a box of the latest posts every page repeats names them by their
        headlines (cms-cdjzz's latest articles, each post of a column whose URL family is its own); a post the menus
        feature is of its posts' shape. The menus may name the page's other URL (``/privacity``, which answers with a
        redirect to the ``/privacity/`` the listings and the feed name): which of the two the crawl fetched first must
        not decide it."""
        if not any(name in self.menu_word_targets for name in (url, *self.aliases.get(url, ()))):
            return False
        family = path_family(url)
        if self.family_roles[family][ARTICLE]:
            return False
        records = {record for listing in self._listing_pages(url) for record in self.listing_records.get(listing, ())}
        if len(records) < LISTED_FAMILY_MIN:
            return False
        patterns = set(url_patterns(url))
        same = sum(1 for record in records if not patterns.isdisjoint(url_patterns(record)))
        return same < STRAY_SHARE * len(records)

    def _family_listed_elsewhere(self, family: str, key: str) -> bool:
        """Whether a listing other than ``key`` lists a page of ``family`` that is no listing itself. A tag index
        that lists the site's top sections (``/categories/``, ``/series/``, of ``/*/`` as an about page is) lists
        listings, and says nothing of the family's other pages."""
        others = self.family_listings.get(family, set()) - {key}
        return any(
            path_family(record) == family and self.roles.get(record) != LISTING
            for other in others
            for page in self.listing_pages_of.get(other, ())
            for record in self.listing_records.get(page, ())
        )

    def _in_stream(self, url: str) -> bool:
        """Whether a listing with a pager (a stream of records, ``/news/`` + ``index_2.html`` …) lists ``url``."""
        return any(listing in self.paged_listings for listing in self._listing_pages(url))

    def _listing_pages(self, url: str) -> set[str]:
        """The listing pages read that list ``url``: not a feed (the home's stream again, every page of the
        site in a Hugo feed) nor a listing another worker placed (member_of)."""
        return {listing for listing in self.members.get(url, ()) if listing in self.listing_records}

    def _stream_filed_elsewhere(self, url: str) -> bool:
        """Whether the records of other families in the listing that lists ``url`` are listed by other
        listings too (LISTED_SHARE of at least LISTED_FAMILY_MIN): the site files its posts in sections or
        categories, and never ``url``'s family. A blog whose home is its only listing files nothing."""
        listings = self._listing_pages(url)
        key = listing_key(next(iter(listings)))
        family = path_family(url)
        others = {
            record
            for listing in listings
            for record in self.listing_records.get(listing, ())
            if path_family(record) != family
        }
        filed = sum(1 for record in others if any(listing_key(other) != key for other in self._listing_pages(record)))
        return len(others) >= LISTED_FAMILY_MIN and filed >= LISTED_SHARE * len(others)

    def _names_sections(self, group: LinkGroup) -> bool:
        """Whether ``group`` names the site's sections, as its menus do: a site map's headings (DedeCMS's
        网站地图 heads each channel's columns with the channel's link), not a listing's headlines. Half its
        targets at least are pages the menus link, and its links read like menu words, not headlines."""
        targets = set(group.urls)
        return (
            len(targets) >= 3
            and not group.title_like
            and not group.dated
            and 2 * len(targets & self.menu_targets) >= len(targets)
        )

    def _listed_article(self, url: str) -> bool:
        """An article, or a record of some listing not placed as anything else."""
        role = self.roles.get(url)
        return role == ARTICLE or (role is None and bool(self.members.get(url)))

    def _repeated(self, links: int, first: str | Identity, second: str | Identity) -> bool:
        """Whether a group of ``links`` distinct links is the site's chrome: shown on two pages; a single link
        (``first`` its group's key, ``second`` its URL), on two pages one of which is no listing (two listings may
        show one record in the same markup). A larger group is given by its identities at its place and anywhere
        (``_identity``; the second asked only of three links or more)."""
        if links == 1:
            assert isinstance(first, str) and isinstance(second, str)
            shown_on = self.single_links.get((first, second), set())
            return len(shown_on) >= 2 and any(self.roles.get(url) != LISTING for url in shown_on)
        assert isinstance(first, int) and isinstance(second, int)
        return self.group_pages[first] >= 2 or (links >= 3 and self.group_pages[second] >= 3)

    def _listed_family(self, family: str) -> bool:
        """Whether listings list (nearly) every article of ``family``: its posts are found through them."""
        # Articles placed by the family's shape alone do not count: in whatever order the crawl met
        # them, the family's evidence is what its listings and its dated pages showed.
        articles = self.family_roles[family][ARTICLE] - self.family_inferred[family]
        return articles >= LISTED_FAMILY_MIN and self.family_listed[family] >= LISTED_SHARE * articles

    def _in_article_slot(self, url: str) -> bool:
        """Whether ``url`` is linked where articles are: by a headline in a listing page's own region, or by
        a slot that links mostly listed articles elsewhere (a "recent posts" box, a post's previous/next
        link), not by a menu of sections and pages."""
        for links, first, second in self.listing_linked.get(url, ()):
            if not self._repeated(links, first, second):
                return True  # a headline in a listing's own region, in markup its main list does not use
        for key in self.inbound_slots.get(url, ()):
            others = [target for target in self.slot_targets.get(key, ()) if target != url]
            # listings' records, not any article: a profile's pattern or a family's shape places articles
            # that vouch for nothing
            if len(others) >= 2 and sum(1 for t in others if self.members.get(t)) >= SLOT_SHARE * len(others):
                return True
        return False

    def _post_template(self, template: str) -> bool:
        """Whether a page no listing lists may be placed by its own markup: it is laid out like an article
        some listing lists, or too few are known to say how the site lays out its posts. A docs page that
        prints an event's "Time: …" line under its headline is rendered by another template than the
        blog's posts."""
        listed = sum(self.template_listed.values())
        return listed < LISTED_FAMILY_MIN or self.template_listed[template] > 0

    def _family_mostly_undated(self, family: str) -> bool:
        """Whether fewer than half of the URL family's listed records are articles that date themselves. A family
        with one story that prints its day among seven that print none (a school's students' stories) is no stream
        of dated posts: which of them was read first must not decide the others' role. A family whose posts date
        themselves but one (its author left it undated) is a stream: that one stays a post."""
        dated = self.family_dated[family]
        if not dated:
            return True
        if self._family_records_seen != len(self.members):
            self._family_records = Counter(path_family(url) for url, listings in self.members.items() if listings)
            self._family_records_seen = len(self.members)
        return 2 * dated < self._family_records[family]

    def _layout_dates_itself(self, template: str, family: str) -> bool:
        """Whether most listed articles of the headline layout ``template`` outside the URL family ``family`` print a
        date of their own, at least LISTED_FAMILY_MIN of them (a society's three committee posts dating themselves
        beside two news posts only the news listing dates say too little).

        Outside the family: the question is how the site's other posts are dated. Its own members are what the rule
        decides, and only those of them already articles are counted: the few that print a day in their text (a
        project's interviews, "Monday, October 21, 2024") would make the layout "date itself" by themselves, every
        undated member placed a page and left out of the count (hugo-sasip: 12 of 75 news posts archived)."""
        dated = self.template_self_dated[template] - self.template_family_self_dated[template, family]
        listed = self.template_listed[template] - self.template_family_listed[template, family]
        if dated >= LISTED_FAMILY_MIN and 2 * dated > listed:
            return True
        if listed >= LISTED_FAMILY_MIN:
            return False
        # A layout of its own, which fewer than LISTED_FAMILY_MIN listed pages share (a campaign's front, a special
        # topic's page, each designed for itself): its few pages say nothing of how the site's posts are dated, and
        # the site's listed articles do: most of them, at least LISTED_FAMILY_MIN, print a date of their own.
        own_dated = sum(n for (_, of), n in self.template_family_self_dated.items() if of == family)
        own_listed = sum(n for (_, of), n in self.template_family_listed.items() if of == family)
        site_dated = sum(self.template_self_dated.values()) - own_dated
        return site_dated >= LISTED_FAMILY_MIN and 2 * site_dated > sum(self.template_listed.values()) - own_listed

    def _dated_family_member(self, page: PageAnalysis) -> bool:
        """Whether ``page`` is of a URL family of articles that listings list (LISTED_SHARE of LISTED_FAMILY_MIN at
        least) and that nearly all date themselves (LISTED_SHARE of them), reached by links from the home, linked by
        no menu, and not one of a section of pages: a post no listing of this copy shows, linked from a strip or a
        box. A box every page repeats whose other entries are listed posts (a sidebar's "阅读排行", most read: chrome
        as a menu is, but of posts; ``_in_article_slot``) is no menu. A landing page in the posts' URL shape is
        linked by menus, or prints no date where the posts do. A page with a pager, a list of dated records (even one
        the site repeats: a column's sub-list showing the records its section front shows), or lists holding more
        text than its prose is left to the other rules, as is a page laid out unlike the listed posts
        (`_post_template`)."""
        family = path_family(page.url)
        articles = self.family_roles[family][ARTICLE]
        kinds = _box_kinds(page, family)
        return (
            not page.pagination
            and page.outside_text >= (page.grouped_text or 0)
            # a dated box where its family's (its layout's) articles show theirs is an item's "related" box
            and not any(group.dated >= 2 and not self._box_of_its_kind(kinds, group) for group in page.groups)
            and self._article_family(family)
            and self._listed_family(family)
            and self.family_dated[family] >= LISTED_SHARE * articles
            and page.url in self.navigable
            and (page.url not in self.menu_targets or self._in_article_slot(page.url))
            and self._post_template(page.template)
            and not self._among_pages(page)
        )

    def _dated_pattern_member(self, page: PageAnalysis) -> bool:
        """``_dated_family_member`` by the look of the listed posts (`_looks_like_listed_posts`: a URL pattern with one
        folder free and a headline layout that LISTED_FAMILY_MIN listed posts share, most of them dated) where its
        own URL family has no article yet: a column of documents the site files and lays out as its listed ones,
        reached by links from the home outside the menus, dated on its own page, no section front (no pager, no list
        of dated records, prose outweighing its lists). The check by article template (`article_templates`) counts
        such a page as a post the crawl fetched and did not archive."""
        return (
            page.has_date
            and not page.pagination
            and page.outside_text >= (page.grouped_text or 0)
            and not any(group.dated >= 2 for group in page.groups)
            and page.url in self.navigable
            and page.url not in self.menu_targets
            and self._looks_like_listed_posts(page, named=True)
            and not self._among_pages(page)
        )

    def _among_pages(self, page: PageAnalysis) -> bool:
        """Whether the other pages of one of ``page``'s URL patterns (one folder free, not free names only) that
        the crawl placed are pages, SECTION_OF_PAGES at least and no article: a section of pages (a wiki), in which
        a page printing a date line (a note's "时间：", a script's source) is one more of them."""
        own = self.roles.get(page.url)
        for pattern in url_patterns(page.url):
            if _free_names_only(pattern):
                continue
            placed = self.pattern_roles.get(pattern)
            if placed is None:
                continue
            pages = placed[PAGE] - (own == PAGE)
            articles = placed[ARTICLE] - (own == ARTICLE)
            if pages >= SECTION_OF_PAGES and articles <= 0:
                return True
        return False

    def _count_boxes(self, page: PageAnalysis, family: str, step: int) -> None:
        """Count (or uncount) the places of an article's boxes: its groups of two links or more outside chrome
        markup, each place once."""
        boxes = [group for group in page.groups if len(group.urls) >= 2 and not group.in_chrome_markup]
        for key in {group.key for group in boxes}:
            for kind in _box_kinds(page, family):
                if (kind, key) in self.article_boxes or len(self.article_boxes) < PENDING_PAGES:
                    self.article_boxes[kind, key] += step
        for key in {group.key for group in boxes if group.dated >= 2}:
            for kind in _box_kinds(page, family):
                if (kind, key) in self.article_dated_boxes or len(self.article_dated_boxes) < PENDING_PAGES:
                    self.article_dated_boxes[kind, key] += step

    def _box_place(self, kind: str, key: str, *, dated: bool = False) -> bool:
        """Whether at least LISTED_FAMILY_MIN articles of ``kind`` (a URL family, or a headline template after "<")
        show a box at the place ``key`` (``dated``: a box of dated entries), more than twice as many as the listing
        pages of that kind showed records at."""
        shown = (self.article_dated_boxes if dated else self.article_boxes)[kind, key]
        return shown >= LISTED_FAMILY_MIN and shown > 2 * self.listing_boxes[kind, key]

    def _boxes_of_its_articles(self, page: PageAnalysis, groups: list[LinkGroup], expected_listing: bool) -> bool:
        """Whether ``page``, dated, no listing's page (no pager, reached as none), shows its lists only where the
        articles of its URL family show their boxes: each group of it linking pages of its own family, at a place
        (group key) at least LISTED_FAMILY_MIN articles of the family showed a group at, more than twice as many as
        the family's listing pages showed records at; or the same of its layout (headline template), where a column
        holds fewer items than that (phpcms-5iedu's four ``/zuowen/<id>.html``, laid out as every item of the site).
        A CMS item's "related" boxes list the items before it in its column (phpcms-5iedu's ``/gaokao/<id>.html``:
        three boxes of the nine items before it, dated), a window that slides from item to item and so repeats on no
        two pages whole: the place repeats, with the family's articles. A listing of the family shows its records
        where its listing pages do, not where its articles show their boxes."""
        if not page.has_date or page.pagination or expected_listing or not groups:
            return False
        own = path_family(first_page_url(page.url))
        if any(path_family(first_page_url(url)) != own for group in groups for url in group.urls):
            return False
        return any(
            all(self._box_place(kind, group.key) for group in groups)
            and any(group.dated >= 2 and self._box_place(kind, group.key, dated=True) for group in groups)
            for kind in _box_kinds(page, path_family(page.url))
        )

    def _shows_boxes_of_its_layout(self, page: PageAnalysis) -> bool:
        """Whether ``page``, dated, no listing's page, shows its headline in a layout (headline template) whose listed
        articles outside its URL family date themselves (``_layout_dates_itself``), and a box of dated entries,
        outside chrome markup, at a place (group key) where at least LISTED_FAMILY_MIN articles of that layout show a
        box, more than twice as many as the layout's listing pages showed records at (``article_boxes``: a CMS item's
        "related" box), no box the whole site repeats (``_site_box``: a sidebar of the newest posts).

        Session 23's second way in, a record listed beside LISTED_FAMILY_MIN articles of other URL families (a
        portal's list of its latest items, phpcms-5iedu's score lines), is gone: a docs site's tag index lists its
        docs pages beside its posts the same way (mkdocs-netdevops' ``/tags/``: 16 docs pages read as posts), some of
        them linked by no menu at all; and the score lines show no box of their own, only the undated list of the
        latest items that 83 pages of the portal repeat, the column fronts that list them among those pages
        (docs/discovery.md, "Session 24")."""
        if not page.has_date or not page.template or page.pagination:
            return False
        if not self._layout_dates_itself(page.template, path_family(page.url)):
            return False
        return any(self._box_of_its_kind(("<" + page.template,), group) for group in page.groups if group.dated >= 2)

    def _site_box(self, group: LinkGroup) -> bool:
        """Whether pages of two URL families or more show ``group`` whole (its targets as printed, at its place or
        anywhere): a box the site repeats on every kind of page (a sidebar's dated "recent posts" on posts, pages and
        listings alike). A CMS item's related box of the items before it slides from item to item, and repeats
        whole, if at all, only on its own column's oldest items."""
        urls = group.printed
        return any(
            _identity(key, urls) in self.dated_group_families
            and self.dated_group_families[_identity(key, urls)] is None
            for key in _identity_keys(group, urls)
        )

    def _box_of_its_kind(self, kinds: tuple[str, ...], group: LinkGroup) -> bool:
        """Whether ``group``, outside chrome markup, sits where at least LISTED_FAMILY_MIN articles of one of ``kinds``
        (a URL family, or a headline template after "<") show a box, more than twice as many as the listing pages of
        that kind showed records at (``article_boxes``), and no box the whole site repeats (``_site_box``: the
        articles show it because every page does)."""
        return (
            not group.in_chrome_markup
            and any(self._box_place(kind, group.key, dated=True) for kind in kinds)
            and not self._site_box(group)
        )

    def _in_boxes_of_its_kind(self, page: PageAnalysis) -> bool:
        """Whether ``page``, dated, no listing's page, linked by no menu, is linked at a place (group key) where at
        least LISTED_FAMILY_MIN articles of its URL family or its layout show their boxes, more than twice as many as
        the listing pages of either showed records at, and its own lists are such boxes too, or none
        (``_boxes_of_its_articles``)."""
        if not page.has_date or page.pagination or page.url in self.menu_targets:
            return False
        kinds = _box_kinds(page, path_family(page.url))
        if not any(
            self._box_place(kind, key, dated=True) for key in self.inbound_slots.get(page.url, ()) for kind in kinds
        ):
            return False
        groups = self.listing_groups(page)
        return not groups or self._boxes_of_its_articles(page, groups, False)

    def _count_look(self, page: PageAnalysis, step: int) -> None:
        """Count (or uncount) a listed article's look: its URL patterns with its headline template."""
        if not page.template:
            return
        dated = page.has_date or page.url in self.listing_dated
        numbered = _numbered_file(page.url)
        for pattern in url_patterns(page.url):
            self.post_looks[(pattern, page.template)] += step
            if dated:
                self.post_looks_dated[(pattern, page.template)] += step
            if numbered:
                self.post_looks_numbered[(pattern, page.template)] += step

    def _looks_like_listed_posts(self, page: PageAnalysis, *, named: bool = False) -> bool:
        """Whether ``page``, dated on its own page, has the look of the site's listed posts: a URL pattern (one
        folder free: ``/news/*/{n}/*.html`` holds ``/news/photos/…``) and a headline template that at least
        LISTED_FAMILY_MIN listed articles share, most of them dated, and a pattern that names something besides the
        free folder (``/*/*`` is any two-level slug). A column's picture news, filed in a folder of its own beside the
        news, is a post; a statute or a profile page has another look or no date. ``named``: the pattern names a
        folder in words, not only numbers (``/*/{n}/*.html`` is any folder of numbered folders: a portal's listing
        pages ``/staticmores/003/003-2.html`` beside its posts ``/staticpages/20170720/….html``)."""
        if not (page.has_date and page.template):
            return False
        numbered = _numbered_file(page.url)
        for pattern in url_patterns(page.url):
            if named and not _names_a_folder(pattern):
                continue
            key = (pattern, page.template)
            # Nothing but free names (``/*/*``): a docs section's guides share it with a blog's posts. Unless the
            # file is named by a number, as most of the listed posts of that look are: a CMS names its items by
            # their id (``/lqd/65.html`` beside ``/nba/1698.html``), a guide by its subject.
            if _free_names_only(pattern) and not (
                numbered and 2 * self.post_looks_numbered[key] > self.post_looks[key]
            ):
                continue
            if self.post_looks[key] >= LISTED_FAMILY_MIN and 2 * self.post_looks_dated[key] >= self.post_looks[key]:
                return True
        return False

    def _names_day_as_listed_posts(self, page: PageAnalysis) -> bool:
        """Whether ``page`` prints a date and its URL names a day, on a site where at least LISTED_FAMILY_MIN listed
        articles, and most of them, have URLs that name theirs."""
        listed = sum(self.family_listed.values())
        return (
            page.has_date
            and _names_day(page.url)
            and self.day_named_listed >= LISTED_FAMILY_MIN
            and 2 * self.day_named_listed > listed
        )

    def _family_dates_itself(self, family: str) -> bool:
        """Whether nearly all (LISTED_SHARE) of the URL family's articles, LISTED_FAMILY_MIN at least, print their
        own date.

        At the crawl's end the family's held records that print none count among its articles: which of them were
        placed first must not decide it. A crawl that reached the family's self-dated posts first (five of them
        placed before any undated record), then held its 700 undated records as "undated among self-dated posts",
        placed them all as pages and kept 398 of astro-adecra's 1,116 posts; in another order the undated records came
        first, were placed as articles, and the family never looked self-dated."""
        articles = self.family_roles[family][ARTICLE]
        undated = self.held_undated[family]
        return articles >= LISTED_FAMILY_MIN and self.family_dated[family] >= LISTED_SHARE * (articles + undated)

    def _article_family(self, family: str) -> bool:
        roles = self.family_roles[family]
        return roles[ARTICLE] >= 2 and roles[ARTICLE] >= roles[LISTING] + roles[PAGE]

    def _decide(
        self,
        page: PageAnalysis,
        role: str,
        reason: str,
        groups: list[LinkGroup] | None = None,
        *,
        inferred: bool = False,
    ) -> Decision:
        """Decide ``page``'s role, recorded unless the held pages are being placed together (resolve_all).
        ``inferred``: an article by its family's shape alone, no listing's."""
        decision = Decision(role, reason, groups or [], inferred)
        if not self.deferring:
            self.record(page, decision)
        return decision

    def remember(self, page: PageAnalysis) -> None:
        """Learn an article an earlier run archived and this run leaves alone (not due), from its stored page, as the
        run that fetched it learned it. A re-run whose listed posts all rest fetches none of them: without them the
        model has no post to tell the site's other pages from (a school's college profiles, which only their
        listing dates, placed as pages beside the news posts that date themselves, would be posts again)."""
        if page.url not in self.roles:
            self.record(page, Decision(ARTICLE, "archived by an earlier run, not due"))

    def record(self, page: PageAnalysis, decision: Decision) -> None:
        """Learn ``page``'s role: its family's, its template's, and a listing's records and their dates."""
        role, groups, inferred = decision.role, decision.listing_groups, decision.inferred
        previous = self.roles.get(page.url)
        family = path_family(page.url)
        if previous != role:
            if previous:
                self.family_roles[family][previous] -= 1
            self.family_roles[family][role] += 1
            if role == ARTICLE and page.has_date:
                self.family_dated[family] += 1
                self.dated_pages += 1
                self.dated_articles.add(page.url)
            elif previous == ARTICLE:
                self.dated_articles.discard(page.url)
            if role == ARTICLE and page.url in self.navigable:
                self.family_navigable[family] += 1
            if role == ARTICLE and inferred:
                self.family_inferred[family] += 1
            if role == ARTICLE and self.members.get(page.url):
                self.family_listed[family] += 1
                self.template_listed[page.template] += 1
                self.template_self_dated[page.template] += page.has_date
                self.template_family_listed[page.template, family] += 1
                self.template_family_self_dated[page.template, family] += page.has_date
                self._count_look(page, 1)
                self.day_named_listed += _names_day(page.url)
            elif previous == ARTICLE and self.members.get(page.url):
                self.family_listed[family] -= 1
                self.template_listed[page.template] -= 1
                self.template_self_dated[page.template] -= page.has_date
                self.template_family_listed[page.template, family] -= 1
                self.template_family_self_dated[page.template, family] -= page.has_date
                self._count_look(page, -1)
                self.day_named_listed -= _names_day(page.url)
            for pattern in url_patterns(page.url):
                placed = self.pattern_roles[pattern]
                if previous:
                    placed[previous] -= 1
                placed[role] += 1
            if role == ARTICLE or previous == ARTICLE:
                self._count_boxes(page, family, 1 if role == ARTICLE else -1)
            self.roles[page.url] = role
        if role == LISTING:
            if page.pagination:
                self.paged_listings.add(page.url)
                for ref in page.pagination:
                    if len(self.pager_named) < PENDING_PAGES:
                        self.pager_named.add(ref.url)
            if previous != LISTING:  # each listing page once, however often the held pages are placed
                for key in {group.key for group in groups or [] if len(group.urls) >= 2 and group.dated >= 2}:
                    self.record_markup[key] += 1
                for key in {group.key for group in groups or []}:
                    for kind in _box_kinds(page, family):
                        if (kind, key) in self.listing_boxes or len(self.listing_boxes) < PENDING_PAGES:
                            self.listing_boxes[kind, key] += 1
            records = [url for group in groups or [] for url in group.urls]
            if records:
                known = self.listing_records.get(page.url, ())
                self.listing_records[page.url] = tuple(dict.fromkeys((*known, *records)))
            markup = self.listing_markup[listing_key(page.url)]
            if len(markup) < SLOT_SAMPLE:
                markup.update(group.key for group in groups or [])
            for group in groups or []:
                for url in group.urls:
                    self.members.add(url, page.url)
                    self.listing_pages_of[listing_key(page.url)].add(page.url)
                    if len(self.family_listings[path_family(url)]) < SLOT_SAMPLE:
                        self.family_listings[path_family(url)].add(listing_key(page.url))
                for url, shown in group.record_dates.items():
                    if url not in self.listing_dates:
                        # one string per date printed: a listing dates many records with one day
                        self.listing_dates[url] = sys.intern(shown)
                for url in group.dated_urls:
                    self.dated_by.add(url, page.url, SLOT_SAMPLE)
                    if url not in self.listing_dated:
                        self.listing_dated.add(url)
                        self.family_listing_dated[path_family(url)] += 1
                if group.title_like:
                    self.headline_listed.update(group.urls)
                    if previous != LISTING and 2 * len(group.dated_urls) >= len(group.urls):
                        # a dated list of headlines (a stream of posts), not a directory of names a few of
                        # which happen to hold a day
                        self.family_headlined.update(path_family(url) for url in group.dated_urls)
            if previous != LISTING and any(group.title_like for group in groups or []):
                self._learn_bylines(page, groups or [])
            # Headlines in the listing's own markup but other class names (a sticky post, a post of two
            # categories whose classes name both): records of the listing all the same.
            shapes = {_tags_only(group.key) for group in groups or []}
            for group in page.groups:
                if group.title_like and not group.in_chrome_markup and _tags_only(group.key) in shapes:
                    # whether it is the site's chrome (a banner on every page) is asked when it matters:
                    # the first listing page is read before any page it shares chrome with
                    urls = frozenset(group.urls)
                    headline = (
                        (1, group.key, next(iter(urls)))
                        if len(urls) == 1
                        else (len(urls), _identity(group.key, urls), _identity("", urls) if len(urls) >= 3 else 0)
                    )
                    for url in group.urls:
                        linked = self.listing_linked.get(url, ())
                        if len(linked) < SLOT_SAMPLE and headline not in linked:
                            self.listing_linked[url] = (*linked, headline)

    def _learn_bylines(self, page: PageAnalysis, groups: list[LinkGroup]) -> None:
        """Learn the URL families a listing of headlines links beside its records' own links: the groups of its
        dated records that are not the records' headlines (the member named in each entry's "submitted by" line,
        its category)."""
        listed = {id(group) for group in groups}
        for group in page.groups:
            if (
                id(group) in listed
                or group.in_chrome_markup
                or len(group.urls) < 2
                or group.dated < 2
                or group.primary_share >= 0.5
            ):
                continue
            for url in group.urls:
                shown_on = self.family_beside_records[path_family(url)]
                if len(shown_on) < SLOT_SAMPLE:
                    shown_on.add(page.url)

    def _bylines_only(self, group: LinkGroup) -> bool:
        """Whether ``group``'s targets are all of URL families that the site's dated listings of headlines link only
        beside their records' headlines (bylines), never as a dated record: a forum thread's comments, each under its
        author's name and day, list the members who wrote them, not posts. (An undated member directory listing
        the profiles by name says nothing of what the profiles are.)"""
        return all(
            self.family_beside_records.get(family) and not self.family_headlined[family]
            for family in {path_family(url) for url in group.urls}
        )

    # --- what to fetch -------------------------------------------------------------------

    def reserve(self, url: str, referer: str = "", text: str = "") -> bool:
        """Whether a link outside any listing is worth a request (counted when it is): its family is
        still being learned, or is known to hold articles or listings. A link refused is kept, with the page
        that offered it (``referer``) and its ``text``, for ``release_deferred``."""
        family = path_family(url)
        if not self._family_known(family) and self.family_requested[family] >= EXPLORE_BUDGET:
            deferred = self.family_deferred[family]
            if url not in deferred and self.deferred_links < PENDING_PAGES:
                deferred[url] = (referer, text)
                self.deferred_links += 1
            return False
        self.family_requested[family] += 1
        return True

    def _family_known(self, family: str) -> bool:
        roles = self.family_roles[family]
        return bool(roles[ARTICLE] or roles[LISTING] >= 2)

    def release_deferred(self) -> list[tuple[str, str, str]]:
        """The links ``reserve`` refused whose family has since shown articles or listings, as (url, referer,
        text), each once (counted as requested): the budget keeps a calendar or a tag trap small, and a family
        the site has shown to hold posts is no trap, whichever page offered its links first."""
        released: list[tuple[str, str, str]] = []
        for family in [f for f in self.family_deferred if self._family_known(f)]:
            deferred = self.family_deferred.pop(family)
            self.deferred_links -= len(deferred)
            for url, (referer, text) in deferred.items():
                self.family_requested[family] += 1
                released.append((url, referer, text))
        return released

    def is_member(self, url: str) -> bool:
        return bool(self.members.get(url))
