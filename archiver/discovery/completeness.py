"""How much of each listing a crawl got, against what the listing itself says it holds. Pure.

Each listing is estimated from its own evidence: a stated record count ("共 123 条",
"245 results") wins; else the number of pages it has (the highest page its pager links or
names, "共 N 页", "Page 1 of N") times the records a full page shows, with the last page
counted as it was seen (or as one record when it was not fetched). The crawl reports
estimated, discovered and archived per listing, and a shortfall past the tolerance is a
warning and exit code 5, on the first run too.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Mapping
from dataclasses import dataclass, field

from archiver.discovery.page import path_family
from archiver.discovery.pagination import first_page_url, page_ref

# A listing may hold a few pinned or repeated entries; past this share (and at least
# MIN_MISSING records), what is missing needs explaining.
TOLERANCE = 0.1
MIN_MISSING = 3
# Records placed as pages beside articles of their own URL family in one listing explain nothing where each of the
# two is at least this share of the family's records there: a listing's posts split into posts and pages (a
# crawl-order dependence) is a shortfall.
SPLIT_SHARE = 0.25


@dataclass
class ListingTally:
    """What the crawl saw of one listing (a category and its pages)."""

    name: str
    url: str
    pages_fetched: set[str] = field(default_factory=set)
    pages_known: set[str] = field(default_factory=set)  # linked, numbered or named by a script
    stated_pages: int = 0
    stated_records: int = 0
    per_page: int = 0
    last_page_members: int | None = None
    discovered: set[str] = field(default_factory=set)
    # Each fetched page's records, by its name as the listing's page: distinct contents count as pages (DedeCMS
    # serves page 1 twice, as /a/industry/ and list_14_1.html), one name read twice counts once.
    page_contents: dict[str, tuple[str, ...]] = field(default_factory=dict)
    families: set[str] = field(default_factory=set)  # how its pages are numbered (probe shows it)
    page_members: dict[str, int] = field(default_factory=dict)  # records each fetched page showed
    not_articles: int = 0  # records placed as pages or listings, or never requested by rule (explained)
    split_pages: int = 0  # of those, pages beside articles of their URL family past SPLIT_SHARE (unexplained)
    # page 2 on: its records new to the listing when the page was first read (read again, it would add none)
    later_added: dict[str, int] = field(default_factory=dict)
    pages_gone: set[str] = field(default_factory=set)  # named by a pager, answered "not found"

    def see_page(
        self,
        url: str,
        members: list[str],
        pages: list[str],
        stated_pages: int | None,
        stated_records: int | None,
        is_last: bool,
        main: list[str] | None = None,
    ) -> None:
        """One fetched page: its records (``main``: those of its main list, when boxes beside it add
        more), the pages it names, and the counts it states."""
        url = first_page_url(url)  # /tzgg/index.html is /tzgg/
        self.pages_fetched.add(url)
        self.pages_known.add(url)
        self.pages_known.update(first_page_url(page) for page in pages)
        listed = main if main is not None else members
        if self._number(url) >= 2:
            self.later_added.setdefault(url, len(set(listed) - self.discovered))
        self.discovered.update(members)
        # The same page read again under another spelling of its name (/node/386/ and its /node/386/index.html,
        # which the first reading listed as a record) is still one page.
        # sorted: equal where the sets are (only distinct contents are counted), at a fraction of a set's memory
        self.page_contents[url] = tuple(sorted(set(listed)))
        size = len(listed)
        self.page_members[url] = size
        self.per_page = max(self.per_page, size)
        self.stated_pages = max(self.stated_pages, stated_pages or 0)
        self.stated_records = max(self.stated_records, stated_records or 0)
        if is_last:
            self.last_page_members = size

    def see_gone(self, url: str) -> None:
        """A page the pager names answered 404 or 410: it holds no record of the listing. Hexo's Icarus
        links a hidden "previous" ``/page/0/`` from the first page and ``/page/1/`` from the second,
        neither of which exists; counted as pages, each added a full page of records never there."""
        url = first_page_url(url)
        if url not in self.pages_fetched:
            self.pages_gone.add(url)

    def _pages_outside(self) -> set[str]:
        """Gone pages outside the listing's range: numbered as the first page or before it (/page/0/,
        /page/1/ beside /), or past the last page fetched (a "next" link from the last page). A gone
        page inside the range is a broken pager, whose records are missing: it still counts."""
        fetched = [self._number(url) for url in self.pages_fetched]
        last = max(fetched, default=1)
        return {url for url in self.pages_gone if self._number(url) <= 1 or self._number(url) > last}

    def unfetched_pages(self) -> set[str]:
        """Pages the listing's pager names inside its range that were never fetched as its pages."""
        return self.pages_known - self.pages_fetched - self._pages_outside()

    def merge_redirected(self, redirects: Mapping[str, str]) -> None:
        """Count once a page known under two URLs: the pager links ``/page2``, which answers 301 with
        ``/page2/``, fetched under that name (``redirects``: URL -> where it redirected)."""
        for source, target in redirects.items():
            names = {first_page_url(source), first_page_url(target)}
            fetched = names & self.pages_fetched
            if fetched and names & self.pages_known:
                self.pages_known -= names
                self.pages_known.add(min(fetched))

    def rename_records(self, names: Mapping[str, str]) -> None:
        """Count each record under the name the crawl archived it as (``names``: URL the listing links ->
        URL requested): ``/profile/about`` from the menu answered 301 to the ``/profile/about/`` the listing
        names, and its record is archived under the first. Two links to one record count once."""
        self.discovered = {names.get(url, url) for url in self.discovered}

    def estimated(self) -> int:
        overlapping = self._overlapping_pages_estimate()
        if overlapping is not None:
            return overlapping
        unfetched = self.pages_known - self.pages_fetched - self._pages_outside()
        if self.stated_pages == 1 and self.pages_fetched and not unfetched:
            # A listing that states it is one page, read: it holds what it links. A larger stated count counts
            # entries it prints without a link (a VSB list's "javascript:;" rows), which no crawl can fetch.
            return len(self.discovered)
        pages = self.stated_pages or len(set(self.page_contents.values())) + len(unfetched)
        # A stated record count is believed when its pages could hold it (a "2163" elsewhere in the
        # text is no count of this listing).
        if self.stated_records and self.stated_records <= 2 * max(pages, 1) * self.per_page:
            return self.stated_records
        # The pager's own count wins; else pages fetched count once per distinct content
        # (list_14_1.html repeats /a/industry/), and pages named but not fetched count too.
        if pages <= len(self.pages_fetched) and pages <= 1:
            return len(self.discovered)
        last = self._last_page_members()
        return max((pages - 1) * self._page_size() + last, len(self.discovered))

    def _page_size(self) -> int:
        """Records a full page of the pager shows: the largest of its pages between the first and the last
        when one was fetched, else the largest page seen. A first page may show more than its pager's pages
        (kaiyuanshe's home: 9 featured projects above a pager of 5 a page, 14 pages, estimated 122 of 69)."""
        numbers = [self._number(url) for url in self.pages_known - self._pages_outside()]
        last = max(numbers, default=1)
        middle = [size for url, size in self.page_members.items() if 2 <= self._number(url) < last]
        return max(middle) if middle else self.per_page

    def _overlapping_pages_estimate(self) -> int | None:
        """Pages 2 and later that show mostly records the listing showed already: the records found plus
        what its pages not fetched add at the rate the fetched ones did (None: its pages do not overlap).

        A theme that prints the whole list on each page its pager numbers (a Hugo theme ranging over
        ``.Pages``), or a taxonomy index whose every page lists every tag again (pages of older builds
        adding a few), holds what it shows, not pages x page size. Page 1 under two names (DedeCMS's
        ``list_14_1.html`` and ``/a/industry/``) is no later page."""
        shown = sum(self.page_members.get(url, 0) for url in self.later_added)
        if not shown:
            return None
        added = sum(self.later_added.values())
        if 2 * added >= shown:
            return None  # mostly new records on its later pages (a short last page too): paginated as usual
        unfetched = len(self.pages_known - self.pages_fetched - self._pages_outside())
        return len(self.discovered) + round(unfetched * added / len(self.later_added))

    def _number(self, url: str) -> int:
        """A page's number within this listing (/list-3.html is page 1 of /list-3-2.html's listing,
        not page 3 of another)."""
        ref = page_ref(url)
        if ref is None or (
            ref.key not in (self.url, first_page_url(self.url)) and url in (self.url, first_page_url(self.url))
        ):
            return 1
        return ref.number

    def _last_page_members(self) -> int:
        """Records on the listing's last page: the known page with the highest number, if it was fetched, counted
        by the records it adds to the listing. An address the listing showed already is one record, counted where
        it was first seen: Chirpy's last page (``/page4/``) lists one post twice, four sources sharing its
        permalink, and with no group of two records the side panel's five "Recent Update" links, shown on every
        page and listed by the pages before, stood for it (chirpy-adas: 3 x 10 + 5 = 35 against 30, exit 5)."""
        numbered = [(self._number(url), url) for url in self.pages_known - self._pages_outside()]
        last_url = max(numbered)[1] if numbered else None
        if last_url in self.page_members:
            shown = self.page_members[last_url]
            added = self.later_added.get(last_url)
            return shown if added is None else min(shown, added)
        return self.last_page_members if self.last_page_members is not None and not numbered else 1


def copied_listings(tallies: list[ListingTally]) -> set[str]:
    """Listings that are a page of another listing read under a second name: every record it showed is the other
    listing's, and the pages it counts beyond the one it fetched are the other's: named by its pager and fetched as
    the other's pages, or only stated ("Page 1 of 12", its pager linking the other listing's pages) and no more than
    the other fetched.

    A shop's grid links each product's "Add to cart" button to the grid's own page with a query
    (``/shop/?add-to-cart=12973``): the same page, placed as a listing named after the button, whose pager states
    the shop's pages. Those pages were read as the shop's own listing and counted there; counted again here as
    never fetched, each such copy claimed the shop's whole size (0 of ~228). The listing they are pages of still
    reports its own shortfall."""
    fetched_by: dict[str, list[ListingTally]] = defaultdict(list)
    for tally in tallies:
        for page in tally.pages_fetched:
            fetched_by[page].append(tally)
    covering: dict[str, list[ListingTally]] = {}
    for tally in tallies:
        if not tally.discovered:
            continue
        unfetched = tally.unfetched_pages()
        if unfetched:
            others = fetched_by.get(next(iter(unfetched)), [])
            covering[tally.url] = [
                other
                for other in others
                if other is not tally and tally.discovered <= other.discovered and unfetched <= other.pages_fetched
            ]
        elif tally.stated_pages > len(tally.pages_fetched):
            covering[tally.url] = [
                other
                for other in tallies
                if other is not tally
                and tally.discovered <= other.discovered
                and tally.stated_pages <= len(other.pages_fetched)
            ]
    # A copy's shortfall is told by the listing it copies, which must itself be told (two listings covering each
    # other are both kept).
    return {url for url, others in covering.items() if any(not covering.get(other.url) for other in others)}


def split_family_pages(
    placed: Mapping[str, str], article: str, page: str, post_like: Collection[str] = frozenset()
) -> int:
    """The records of one listing (``placed``: record URL -> the role it was placed in) placed as pages where the
    listing's records of their URL family are articles too, each of the two at least SPLIT_SHARE of them; and, where
    the listing's records, two at least, are all placed as pages that look like the site's posts (``post_like``: each
    dates itself, its headline in the layout of the site's listed posts, linked by no menu), all of them.

    A listing's records of one URL family are one kind of thing: an about page or two beside a blog's posts, or one
    dated notice among a youth league's 47 course pages (aspnet-qccy's "网上团校"), is the exception a site has; but two
    in three of a news listing's records placed as pages beside the third archived (astro-adecra: 718 and 398 of 1,116,
    the crawl's order deciding) is a decision gone wrong, which the completeness check must report, not explain. So
    is a whole column of posts placed as pages (phpcms-5iedu's 精品教案, nine lesson plans its undated list shows, each
    dated under its headline in the layout of every item of the portal): a shortfall, not an explanation. A listing
    whose post-like pages stand beside pages of other kinds (a school's "teaching results" of graduates' profiles,
    five of them dated in the article template beside sixteen undated, cms-cdjzz) explains them as before."""
    families: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    posts = 0
    for url, role in placed.items():
        if role in (article, page):
            families[path_family(url)][role == page] += 1
            posts += role == page and url in post_like
    split = sum(
        pages for articles, pages in families.values() if min(articles, pages) >= SPLIT_SHARE * (articles + pages)
    )
    if posts >= 2 and posts == len(placed):
        return posts  # every record a page that looks like a post
    return split


def report(
    tallies: list[ListingTally], archived: dict[str, int], failed: dict[str, int] | None = None
) -> tuple[list[dict[str, object]], str | None]:
    """Per listing: estimated, discovered, archived, failed; and a one-line warning for the shortfalls
    that no recorded failure explains."""
    failed = failed or {}
    rows: list[dict[str, object]] = []
    short = []
    copies = copied_listings(tallies)
    for tally in sorted(tallies, key=lambda t: t.url):
        estimated = tally.estimated()
        got = archived.get(tally.url, 0)
        lost = failed.get(tally.url, 0)
        missing = estimated - got - lost - (tally.not_articles - tally.split_pages)
        pages = max(tally.stated_pages, len(tally.pages_known))
        row: dict[str, object] = {
            "listing": tally.name,
            "url": tally.url,
            "estimated": estimated,
            "discovered": len(tally.discovered),
            "archived": got,
            "failed": lost,
            "pages": f"{len(tally.pages_fetched)}/{pages}",
            "not_articles": tally.not_articles,
            "split_pages": tally.split_pages,
        }
        rows.append(row)
        if missing >= MIN_MISSING and missing > TOLERANCE * estimated and tally.url not in copies:
            short.append(f"{tally.name} ({got} of ~{estimated})")
    warning = None
    if short:
        warning = (
            f"incomplete: {len(short)} listing(s) hold fewer archived articles than they state or "
            f"paginate to: {'; '.join(short[:5])}{' …' if len(short) > 5 else ''}"
        )
    return rows, warning
