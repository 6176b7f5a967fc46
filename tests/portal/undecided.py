"""A small portal whose first articles cannot be placed when they are fetched: the evidence comes later.

The home page links three posts from its prose and nothing else but an about and a contact page.
The news listing that lists those posts is linked only from the menus of the pages the home links
(the posts, about and contact), so a crawl fetches it after at least one of them, whatever its order
or its number of processes: the posts read before it are held (no listing has listed them yet,
UNDECIDED), and only the listing, read later, makes them articles. One process reads all three
before it; two loaded workers may read the last after it. The about and contact pages stay undecided until the
end too, and are pages. Two posts of the listing's second page show no date of their own.
"""

from __future__ import annotations

from dataclasses import dataclass

from archiver.demo.server import Page, PortalServer, html_page

NAV = (
    '<nav><a href="/">Home</a> <a href="/news/">News</a> <a href="/about/">About us</a> '
    '<a href="/contact/">Contact</a></nav>'
)
TOPICS = (
    "the spring meeting of the member companies",
    "new fire safety rules for warehouses",
    "a training course for night guards",
    "the annual report on workplace accidents",
    "a visit from the city's labour bureau",
    "the winners of the service awards",
    "changes to the membership fees",
    "a seminar on emergency evacuation",
    "the association's new office address",
    "a survey of guards' working hours",
    "the summer volunteering programme",
    "a guide to first aid kits",
)
PER_PAGE = 6
FEATURED = 3  # the posts the home page links from its prose
UNDATED = (10, 11)  # posts whose own page shows no date


def _day(number: int) -> str:
    return f"2026-{(number % 9) + 1:02d}-{(number % 27) + 1:02d}"


def _title(number: int) -> str:
    return f"Report on {TOPICS[number - 1]}"


def post_html(number: int) -> str:
    date = "" if number in UNDATED else f'<p class="meta"><time datetime="{_day(number)}">{_day(number)}</time></p>'
    prose = "".join(
        f"<p>Paragraph {index} about {TOPICS[number - 1]}: the association met its members, heard their "
        f"questions and agreed on the next steps, which it will publish in the coming weeks.</p>"
        for index in range(1, 4)
    )
    return (
        f"<html><head><title>{_title(number)}</title></head><body><header>{NAV}</header>"
        f"<main><article><h1>{_title(number)}</h1>{date}{prose}</article></main>"
        "<footer><p>Security Association, 2026</p></footer></body></html>"
    )


def listing_html(page: int, pages: int) -> str:
    numbers = range((page - 1) * PER_PAGE + 1, page * PER_PAGE + 1)
    records = "".join(
        f'<li><span class="date">{_day(n)}</span> <a href="/post/{n}.html">{_title(n)}</a></li>' for n in numbers
    )
    pager = " ".join(
        f'<a href="{"/news/" if p == 1 else f"/news/page/{p}/"}">{p}</a>' for p in range(1, pages + 1) if p != page
    )
    return (
        f"<html><head><title>News, page {page}</title></head><body><header>{NAV}</header>"
        f'<main><h1>News</h1><ul class="list">{records}</ul><div class="pager">{pager}</div></main>'
        "<footer><p>Security Association, 2026</p></footer></body></html>"
    )


def home_html() -> str:
    # Each post is mentioned in markup of its own: three links in one place would be a list of records.
    wrappers = (("<p>", "</p>"), ('<div class="note"><p>', "</p></div>"), ("<blockquote>", "</blockquote>"))
    mentions = "".join(
        f'{opening}This month we published <a href="/post/{n}.html">{_title(n)}</a>, which every member should '
        f"read before the next general meeting of the association.{closing}"
        for n, (opening, closing) in zip(range(1, FEATURED + 1), wrappers, strict=True)
    )
    menu = '<nav><a href="/">Home</a> <a href="/about/">About us</a> <a href="/contact/">Contact</a></nav>'
    return (
        f"<html><head><title>Security Association</title></head><body><header>{menu}</header>"
        f"<main><h1>Welcome to the Security Association</h1>{mentions}</main>"
        "<footer><p>Security Association, 2026</p></footer></body></html>"
    )


def plain_html(title: str, text: str) -> str:
    return (
        f"<html><head><title>{title}</title></head><body><header>{NAV}</header>"
        f"<main><h1>{title}</h1><p>{text}</p></main>"
        "<footer><p>Security Association, 2026</p></footer></body></html>"
    )


def highlights_html(numbers: list[int]) -> str:
    """A page in the posts' own URL shape that lists some posts, undated: no listing until they are articles."""
    items = "".join(f'<li><a href="/post/{n}.html">{_title(n)}</a></li>' for n in numbers)
    return (
        f"<html><head><title>Highlights</title></head><body><header>{NAV}</header>"
        "<main><h1>Highlights of the year</h1><p>The reports our members read most this year.</p>"
        f'<ul class="picks">{items}</ul></main>'
        "<footer><p>Security Association, 2026</p></footer></body></html>"
    )


@dataclass
class UndecidedPortal:
    server: PortalServer

    @property
    def base_url(self) -> str:
        return self.server.base_url

    @property
    def article_urls(self) -> list[str]:
        return [f"{self.base_url}/post/{n}.html" for n in range(1, len(TOPICS) + 1)]

    @property
    def featured_urls(self) -> list[str]:
        return self.article_urls[:FEATURED]

    def close(self) -> None:
        self.server.stop()


def build_undecided_portal() -> UndecidedPortal:
    server = PortalServer("127.0.0.1", 0)
    pages = len(TOPICS) // PER_PAGE
    routes = {
        "/": home_html(),
        "/about/": plain_html("About us", "The association was founded by security companies of the city. " * 4),
        "/contact/": plain_html("Contact", "Write to the secretariat, or call during office hours."),
        "/news/": listing_html(1, pages),
        **{f"/news/page/{p}/": listing_html(p, pages) for p in range(2, pages + 1)},
        **{f"/post/{n}.html": post_html(n) for n in range(1, len(TOPICS) + 1)},
    }
    server.routes.update({path: html_page(html) for path, html in routes.items()})
    server.routes["/robots.txt"] = Page(b"User-agent: *\nAllow: /\n", headers={"Content-Type": "text/plain"})
    server.start()
    return UndecidedPortal(server)
