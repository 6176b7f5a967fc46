"""Build the real-sites benchmark material (site/ + truth.json) from local git mirrors of public sites.

    python bench/realsites_truth.py --mirrors /work/.mirror --out /work/realsites [NAME...]

Nothing is downloaded and nothing from the repositories is run: each recipe below names a
repository, a commit and the folder of built HTML, copies that tree out of the mirror (blob by
blob, skipping the few files over 4 MiB a snapshot may lack) and reads the truth from the
site's own sources: Hexo ``content.json``/``search.xml``, Hugo ``index.json``/``index.xml``,
Markdown front matter. Where no source holds the full text, the body is the text of the post's
content element as the theme marks it (the recipe names the selector), never our extractor's
output. Every truth path is checked to exist as a file under site/. See docs/realsites.md.

Mirrors are expected at MIRRORS/<owner>+<name>/repo (a bare or normal git directory).
"""

from __future__ import annotations

import argparse
import copy
import html
import json
import re
import shutil
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any
from urllib.parse import quote, unquote, urljoin, urlsplit
from zoneinfo import ZoneInfo

import lxml.etree
import lxml.html
import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.extraction_scoring import token_f1
from bench.realsites_scoring import path_key, same_text

# Elements whose text is not part of what a reader reads as the post.
_SKIP = ("script", "style", "noscript", "template", "svg")
_BLOCK = {
    "p",
    "div",
    "li",
    "ul",
    "ol",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "pre",
    "blockquote",
    "table",
    "tr",
    "td",
    "th",
    "br",
    "hr",
    "figure",
    "figcaption",
    "section",
    "article",
    "dl",
    "dt",
    "dd",
}


@dataclass
class Repo:
    gitdir: Path
    commit: str

    def show(self, path: str) -> bytes:
        return subprocess.run(
            ["git", f"--git-dir={self.gitdir}", "show", f"{self.commit}:{path}"], capture_output=True, check=True
        ).stdout

    def files(self, folder: str) -> list[str]:
        out = subprocess.run(
            [
                "git",
                f"--git-dir={self.gitdir}",
                "-c",
                "core.quotepath=off",
                "ls-tree",
                "-r",
                "--name-only",
                self.commit,
                "--",
                folder,
            ],
            capture_output=True,
            check=True,
            text=True,
        )
        return out.stdout.splitlines()

    def extract(self, folder: str, out: Path) -> tuple[int, int]:
        """Copy ``folder`` (``""`` for the whole tree) at the commit into ``out``; returns (written, missing)."""
        spec = f"{self.commit}:{folder}" if folder else self.commit
        listing = subprocess.run(
            ["git", f"--git-dir={self.gitdir}", "ls-tree", "-r", "-z", spec], capture_output=True, check=True
        ).stdout
        blobs = []
        for item in filter(None, listing.split(b"\0")):
            meta, name = item.split(b"\t", 1)
            _mode, kind, sha = meta.split()
            if kind == b"blob":
                blobs.append((sha, name.decode("utf-8", "surrogateescape")))
        batch = subprocess.Popen(
            ["git", f"--git-dir={self.gitdir}", "cat-file", "--batch"], stdin=subprocess.PIPE, stdout=subprocess.PIPE
        )
        assert batch.stdin and batch.stdout
        missing = 0
        for sha, name in blobs:
            batch.stdin.write(sha + b"\n")
            batch.stdin.flush()
            header = batch.stdout.readline().split()
            if header[-1] == b"missing":
                missing += 1
                continue
            data = batch.stdout.read(int(header[2]))
            batch.stdout.read(1)
            target = out / name
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(data)
        batch.stdin.close()
        batch.wait()
        return len(blobs) - missing, missing


def text_of(element: lxml.html.HtmlElement) -> str:
    """Readable text of an element: skipped tags dropped, blocks separated by newlines, spaces collapsed."""
    parts: list[str] = []

    def walk(node: Any) -> None:
        if not isinstance(node.tag, str) or node.tag in _SKIP:
            if node.tail:
                parts.append(node.tail)
            return
        if node.tag in _BLOCK:
            parts.append("\n")
        if node.text:
            parts.append(node.text)
        for child in node:
            walk(child)
        if node.tag in _BLOCK:
            parts.append("\n")
        if node.tail:
            parts.append(node.tail)

    walk(element)
    lines = (" ".join(line.split()) for line in "".join(parts).split("\n"))
    return "\n".join(line for line in lines if line)


# Hexo's highlighter prints a code block as a table: line numbers in a gutter column beside the code.
# A reader reads the code, not the numbers; a search index that strips the tags glues them to the
# code instead (``123456#include``).
CODE_GUTTER = "td.gutter"


def html_fragment_text(fragment: str, drop: tuple[str, ...] = ()) -> str:
    """Text of an HTML fragment (a search index's post content), without the ``drop`` elements."""
    if not fragment.strip():
        return ""
    holder = lxml.html.fragment_fromstring(fragment, create_parent="div")
    for unwanted in drop:
        for element in holder.cssselect(unwanted):
            element.drop_tree()  # its tail is the text after it, and stays
    return text_of(holder)


def page(site: Path, path: str) -> lxml.html.HtmlElement:
    file = site / unquote(path).lstrip("/")
    if path.endswith("/"):
        file = file / "index.html"
    return lxml.html.fromstring(file.read_bytes())


def page_text(site: Path, path: str, selector: str, drop: tuple[str, ...] = ()) -> str:
    """Text of the first ``selector`` element, without the ``drop`` elements (and the text right after them)."""
    found = page(site, path).cssselect(selector)
    if not found:
        raise ValueError(f"{path}: no {selector!r}")
    for unwanted in drop:
        for element in found[0].cssselect(unwanted):
            element.tail = None
            element.getparent().remove(element)
    return text_of(found[0])


def index_agreement(pairs: list[tuple[str, str]]) -> str:
    """Mean token F1 of (index text, page text) pairs: how far a search index and the page agree."""
    if not pairs:
        return "no pair to compare"
    mean = sum(token_f1(index, shown) for index, shown in pairs) / len(pairs)
    return f"{mean:.4f} over {len(pairs)} posts"


def front_matter(source: bytes) -> tuple[dict[str, Any], str]:
    text = source.decode("utf-8")
    if text.startswith("---"):
        # The head ends at the next line that is "---" alone: a title may hold "---" (MelonTeam's "重磅整理---…").
        parts = re.split(r"^---[ \t]*\r?$", text, maxsplit=2, flags=re.M)
        _, head, body = parts if len(parts) == 3 else text.split("---", 2)
        return yaml.safe_load(head.replace("\t", " ")) or {}, body
    if text.startswith("+++"):
        import tomllib

        _, head, body = text.split("+++", 2)
        return tomllib.loads(head), body
    return {}, text


def hexo_front_matter(source: bytes) -> tuple[dict[str, Any], str]:
    """Hexo's front matter: as Jekyll's, or without the opening "---" (Hexo reads everything before the
    first "---" line as the head: 2015-era posts of hexo-o2team are written so)."""
    text = source.decode("utf-8").replace("\t", "  ")  # tabs indent as two spaces, as the lists beside them
    if text.startswith("---"):
        text = text[3:]
    parts = re.split(r"^---[ \t]*\r?$", text, maxsplit=1, flags=re.M)
    if len(parts) == 2:
        return yaml.safe_load(parts[0]) or {}, parts[1]
    return {}, text


def local_day(value: str, offset_hours: float) -> tuple[str, str]:
    """(YYYY-MM-DD, ISO datetime) of an ISO/UTC timestamp seen at the site's UTC offset."""
    moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=timezone(timedelta(hours=offset_hours)))
    moment = moment.astimezone(timezone(timedelta(hours=offset_hours)))
    return moment.date().isoformat(), moment.isoformat()


def jekyll_time(value: str) -> datetime:
    """A Jekyll front-matter date: ``2019-08-06 0:26:00 +0700``, ``2017-03-18 17:20``, ``2016-02-28``."""
    match = re.match(
        r"(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?"
        r"\s*(?:([+-])(\d{2}):?(\d{2}))?",
        value.strip(),
    )
    if not match:
        raise ValueError(f"not a Jekyll date: {value!r}")
    year, month, day, hour, minute, second, sign, off_h, off_m = match.groups()
    offset = timedelta(hours=int(off_h), minutes=int(off_m)) if sign else timedelta(0)
    zone = timezone(-offset if sign == "-" else offset)
    return datetime(int(year), int(month), int(day), int(hour or 0), int(minute or 0), int(second or 0), tzinfo=zone)


def relative(url: str) -> str:
    return urlsplit(url).path if "://" in url else url


# --- recipes: each returns the truth dict without "posts" checked -------------------------------------------------


def hexo_0linklab(repo: Repo, site: Path) -> dict[str, Any]:
    """Hexo (nayo theme), search.xml holds every post's full HTML; the date is the permalink's /Y/M/D/."""
    root = lxml.etree.fromstring(repo.show("search.xml"))
    posts = []
    for entry in root.iter("entry"):
        path = entry.findtext("url")
        year, month, day = path.strip("/").split("/")[:3]
        posts.append(
            {
                "path": path,
                "title": entry.findtext("title").strip(),
                "date": f"{year}-{month}-{day}",
                "body": html_fragment_text(entry.findtext("content") or "", drop=(CODE_GUTTER,)),
            }
        )
    return {
        "generator": "hexo",
        "language": "zh",
        "pagination": "/page/N/ (Hexo), 10 a page",
        "truth_source": "search.xml (title, url, full content HTML; code gutters' line numbers left out); date "
        "from the /YYYY/MM/DD/ permalink",
        "origins": [],
        "posts": posts,
    }


def wp_apleb(repo: Repo, site: Path) -> dict[str, Any]:
    """WordPress (Ashe theme, Elementor home page) of a French students' association in biomedical
    engineering (APLEB, Polytech Lyon), exported to static files. Posts at /<category>/<slug>/, listed by
    category (+ /page/N/) and author (+ /page/N/); the home is an Elementor page. Ashe names its
    headline ``h1.post-title`` and its text ``div.post-content``; the date printed is ``span.post-date``
    ("6 août 2019"), the day of ``article:published_time`` (+00:00); the footer's "Par <a rel=author>"
    names the author."""
    posts, ignored = wordpress_posts(site, "footer .post-author a", "h1.post-title", "div.post-content")
    return {
        "generator": "wordpress (Ashe theme, static export)",
        "language": "fr",
        "pagination": "/<category>/ + /<category>/page/N/, /author/<name>/page/N/ (WordPress); "
        "the home is an Elementor page",
        "truth_source": "WordPress's own mark: <body class=single-post postid-N>; Ashe's h1.post-title, "
        "article:published_time (the day span.post-date prints), div.post-content, the footer's author link",
        "origins": ["https://apleb.fr", "http://apleb.fr", "https://www.apleb.fr", "http://www.apleb.fr"],
        "ignored": ignored,
        "posts": posts,
    }


def wp_paraguayos(repo: Repo, site: Path) -> dict[str, Any]:
    """WordPress (GeneratePress child theme) of a Paraguayan local news site, exported to static files.
    Posts at /<slug>/, listed on the home + /page/N/, categories, tags, authors and day archives. Each
    post prints its updated day before its published day (``time.updated``, ``time.entry-date
    published``); the truth is the published one. The byline "por Redacción" names the author."""
    posts, ignored = wordpress_posts(
        site, ".entry-header .byline .author-name", categories_selector="footer.entry-meta .cat-links a"
    )
    return {
        "generator": "wordpress (GeneratePress, static export)",
        "language": "es",
        "pagination": "/page/N/, /category/<c>/page/N/, /tag/<t>/, /author/<a>/ (WordPress)",
        "truth_source": "WordPress's own mark: <body class=single-post postid-N>; .entry-title, "
        "time.entry-date.published (the day printed after the updated day), .entry-content, the byline, "
        "the footer's category links",
        "origins": ["https://www.paraguayos.org", "http://www.paraguayos.org", "https://paraguayos.org"],
        "ignored": ignored,
        "posts": posts,
    }


def cms_cdjzz(repo: Repo, site: Path) -> dict[str, Any]:
    """EmpireCMS (帝国CMS) site of a vocational secondary school in Chengdu, exported to static files:
    sections /news/<sub>/ with listings index.html + index_<n>.html, articles /<section>/<id>.html, a
    mobile edition under /mobile/. No source or feed exists: the truth is the CMS's article template,
    ``div.n_info_con`` with its ``h1``, the "发表时间：" line of ``div.info_con_tit`` and the text of
    ``div#cntrBody``; the breadcrumb's last section is the category. Posts are the news centre's
    (/news/…) articles; the template's other pages (the school's introduction, team and strengths under
    /about/, admitted students' photos and parents' letters under /edu/), the news centre's undated
    FAQ answers (/news/nw/, another template) and the mobile edition's copies are ignored."""
    posts, ignored = [], []
    for file in sorted(site.rglob("*.html")):
        rel = file.relative_to(site).as_posix()
        if not re.fullmatch(r"(mobile/)?[a-z]+(/[a-z]+)?/\d+\.html", rel):
            continue
        path = "/" + rel
        if rel.startswith("mobile/"):
            ignored.append({"path": path, "reason": "the mobile edition's copy of a desktop page"})
            continue
        root = lxml.html.fromstring(file.read_bytes().decode("utf-8"))
        if rel.startswith("news/nw/"):
            ignored.append({"path": path, "reason": "an undated FAQ answer of the news centre"})
            continue
        detail = root.cssselect("div.n_info_con")
        if not detail:
            continue
        stamp = re.search(r"发表时间：\s*(\d{4}-\d{2}-\d{2})", detail[0].text_content())
        if not rel.startswith("news/"):
            ignored.append({"path": path, "reason": "a page of the school in the article template"})
            continue
        assert stamp, path
        trail = [a.text_content().strip() for a in root.cssselect("div.plc2 a")]
        body = root.cssselect("div#cntrBody")[0]
        posts.append(
            {
                "path": path,
                "title": " ".join(detail[0].cssselect("h1")[0].text_content().split()),
                "date": stamp.group(1),
                "categories": trail[-1:],
                "body": text_of(body),
            }
        )
    return {
        "generator": "EmpireCMS (static export)",
        "language": "zh",
        "pagination": "/news/ + /news/index_<n>.html, /news/<sub>/ + index_<n>.html (EmpireCMS)",
        "truth_source": "the CMS article template (no source or feed exists): div.n_info_con h1, the "
        "'发表时间：' line, div#cntrBody, the breadcrumb's last section",
        "origins": ["http://cdjzz.yqfk.cn"],
        "ignored": ignored,
        "posts": posts,
    }


# Hugo's highlighter (Chroma) prints its gutter as one ``span.lnt`` per line number, in the first cell.
CHROMA_GUTTER = "span.lnt"
ROUGE_GUTTER = "td.rouge-gutter"  # Jekyll's Rouge with line numbers (Chirpy)


def page_bodies(
    site: Path, index_texts: dict[str, str], selector: str, gutter: str, drop: tuple[str, ...] = ()
) -> tuple[dict[str, str], str]:
    """Each post's body as its page shows it, and how far the search index's text agrees with it.

    A search index built by stripping the tags off the rendered post keeps what a reader does not
    read: Hexo's ``content.json`` keeps the entities escaped (``&lt;``, ``&#123;``), glues a code
    block's gutter of line numbers to its code (``123456#include``) and the code's lines to each
    other (``clear allm=22``); Hugo's ``index.json`` keeps the gutter's numbers as words
    (``1 2 3 … 102 #include``). The page's content element (``selector``, without the ``gutter``
    and ``drop``) is what a reader reads. ``index_texts`` maps each post's path to its index text;
    on posts without a code gutter the two agree once the entities are decoded, as recorded."""
    bodies: dict[str, str] = {}
    plain: list[tuple[str, str]] = []
    for path, index_text in index_texts.items():
        found = page(site, path).cssselect(selector)
        if not found:
            raise ValueError(f"{path}: no {selector!r}")
        has_code = bool(found[0].cssselect(gutter))
        bodies[path] = page_text(site, path, selector, drop=(gutter, *drop))
        if not has_code:
            plain.append((html.unescape(index_text), bodies[path]))
    return bodies, "the index's text (entities decoded) against the page on posts without a code gutter: " + (
        index_agreement(plain)
    )


def hexo_0xaikang(repo: Repo, site: Path) -> dict[str, Any]:
    """Hexo (volantis theme), permalink /:title/ at the root; content.json has the posts and their dates.
    The body is the theme's content element: content.json's text is escaped and glues code (see
    page_bodies); the element ends with the theme's licence and QR widgets (``div.article_footer``)."""
    data = json.loads(repo.show("content.json"))
    texts = {"/" + post["path"]: post.get("text") or "" for post in data["posts"]}
    bodies, agreement = page_bodies(site, texts, "#post div.article-entry", CODE_GUTTER, drop=("div.article_footer",))
    posts = []
    for post in data["posts"]:
        day, moment = local_day(post["date"], 8)  # built in China: the page shows dates in +08:00
        categories = [c["name"] for c in post.get("categories") or []]
        posts.append(
            {
                "path": "/" + post["path"],
                "title": post["title"],
                "date": day,
                "datetime": moment,
                "author": "小艾",
                "categories": categories,
                "body": bodies["/" + post["path"]],
            }
        )
    return {
        "generator": "hexo",
        "language": "zh",
        "pagination": "/page/N/ (Hexo), 10 a page; posts at /<slug>/",
        "truth_source": "content.json (title, path, date in UTC shown at +08:00, categories); body: the theme's "
        "#post div.article-entry without the code gutter and the licence footer (content.json's text is "
        "HTML-escaped and glues line numbers to code); author: the byline every post shows "
        "(.new-meta-item.author)",
        "index_agreement": agreement,
        "origins": ["https://www.0x2beace.com", "https://www.0x2BeAce.com"],
        "posts": posts,
    }


def hexo_0clock(repo: Repo, site: Path) -> dict[str, Any]:
    """Hexo (NexT-like theme), permalink /:year/:month/:day/:title/; content.json has the posts and their
    dates. The body is the theme's ``div.article-entry``: content.json's text is escaped and glues code
    (see page_bodies)."""
    index = json.loads(repo.show("content.json"))["posts"]
    texts = {"/" + post["path"]: post.get("text") or "" for post in index}
    bodies, agreement = page_bodies(site, texts, "div.article-entry", CODE_GUTTER)
    posts = []
    for post in index:
        day, moment = local_day(post["date"], 8)
        posts.append(
            {
                "path": "/" + post["path"],
                "title": post["title"],
                "date": day,
                "datetime": moment,
                "categories": [c["name"] for c in post.get("categories") or []],
                "body": bodies["/" + post["path"]],
            }
        )
    return {
        "generator": "hexo",
        "language": "zh",
        "pagination": "/page/N/ (Hexo)",
        "truth_source": "content.json (title, path, date in UTC shown at +08:00, categories); body: the theme's "
        "div.article-entry without the code gutter (content.json's text is HTML-escaped and glues line "
        "numbers to code); no author: the only one the pages carry is Hexo's placeholder article:author "
        "'John Doe'",
        "index_agreement": agreement,
        "origins": ["https://ljweb.xyz"],
        "posts": posts,
    }


def hexo_0kelvins(repo: Repo, site: Path) -> dict[str, Any]:
    """Hexo, permalink /:year/:month/:day/:category/:title/; content.json has the dates (UTC) and
    categories, search.xml every post's full HTML."""
    texts = {
        path_key(entry.findtext("url")): html_fragment_text(entry.findtext("content") or "", drop=(CODE_GUTTER,))
        for entry in lxml.etree.fromstring(repo.show("search.xml")).iter("entry")
    }
    data = json.loads(repo.show("content.json"))
    posts = []
    for post in data["posts"] if isinstance(data, dict) else data:  # hexo-generator-json-content: either shape
        day, moment = local_day(post["date"], 8)
        path = "/" + post["path"]
        posts.append(
            {
                "path": path,
                "title": post["title"],
                "date": day,
                "datetime": moment,
                "author": "0Kelvins",
                "categories": [c["name"] for c in post.get("categories") or []],
                "body": texts.get(path_key(path), ""),
            }
        )
    return {
        "generator": "hexo",
        "language": "zh",
        "pagination": "/page/N/ (Hexo)",
        "truth_source": "content.json (title, path, date in UTC shown at +08:00, categories); search.xml "
        "(full content HTML; code gutters' line numbers left out); author: article:author meta on every post",
        "origins": ["http://0kelvins.github.io", "https://0kelvins.github.io"],
        "posts": posts,
    }


PELICAN_PLACEHOLDER_AUTHORS = frozenset({"See below"})


def pelican_osc(repo: Repo, site: Path) -> dict[str, Any]:
    """Pelican (Mockingbird theme); articles at /YYYY/MM/DD/slug/. The repository's CNAME serves the tree
    at the root of osc.centerforopenscience.org; pages of older builds still link to the project-site
    address centerforopenscience.github.io/osc/..., which GitHub Pages redirects to the same paths on
    the custom domain. Both origins are rewritten to the loopback one.

    The Markdown sources on master stop three months before the last build, so the posts are the
    built article folders of the configured ARTICLE_URL, each read through the theme's markup
    (h2.title, a[rel=author], the date of the URL), and checked against the sources' Title and
    Author where a source exists (see source_agreement in truth.json)."""
    sources: dict[str, dict[str, str]] = {}
    repo = Repo(repo.gitdir, "5f3f5386570bd6df96e4005584a841bdae776b72")  # master: the sources
    for name in repo.files("site/content"):
        if re.match(r"site/content/\d{4}-.*\.md$", name):
            head = repo.show(name).decode("utf-8").split("\n\n")[0]
            meta = dict(re.findall(r"^(\w+):\s*(.*)$", head, re.M))
            sources[" ".join(meta.get("Title", "").split())] = meta
    posts, agree = [], 0
    for folder in sorted(site.glob("20[0-9][0-9]/[0-9][0-9]/[0-9][0-9]/*/index.html")):
        relative_dir = folder.parent.relative_to(site).as_posix()
        path = "/" + relative_dir + "/"
        root = page(site, path)
        title = " ".join(root.cssselect("#content .post h2.title")[0].text_content().split())
        bylines = root.cssselect('#content .post a[rel="author"]')
        author = " ".join(bylines[0].text_content().split()) if bylines else None
        if author in PELICAN_PLACEHOLDER_AUTHORS:
            author = None  # the byline names nobody: the names are in the text
        year, month, day = relative_dir.split("/")[:3]
        source = sources.get(title)
        if source and source.get("Author", "").strip() == author:
            agree += 1
        posts.append(
            {
                "path": path,
                "title": title,
                "date": f"{year}-{month}-{day}",
                "author": author,
                "body": page_text(
                    site, path, "#content .post", drop=("h2.title", 'a[rel="author"]', "div.info", "div.clear")
                ),
            }
        )
    return {
        "generator": "pelican",
        "language": "en",
        "pagination": "index.html, index2.html ... index6.html (Pelican)",
        "truth_source": "the built article folders of ARTICLE_URL {date}/{slug}/ read through "
        "the theme's h2.title, a[rel=author] (none where it says 'See below'), .post (body without title, "
        "byline and footer); date from the URL",
        "source_agreement": f"{agree} of {len(posts)} posts have a Markdown source on master with the "
        "same Title and Author",
        "origins": ["http://centerforopenscience.github.io/osc", "http://osc.centerforopenscience.org"],
        "posts": posts,
    }


def jekyll_atpublishing(repo: Repo, site: Path) -> dict[str, Any]:
    """Jekyll (jekyll-paginate v1: /page2/ ... /page8/) with _site committed; every post sets its own
    permalink /slug/ (or takes Jekyll's default). The strategy, security, howto and glossary
    collections are guides and definitions beside the blog: they are listed as "ignored" (neither
    posts nor non-articles)."""
    posts = []
    for name in repo.files("_posts"):
        if not name.endswith((".md", ".markdown", ".html")):
            continue
        meta, _ = front_matter(repo.show(name))
        if meta.get("published") is False:
            continue
        stamp = meta.get("date") or Path(name).stem[:10]
        moment = stamp if isinstance(stamp, datetime) else jekyll_time(str(stamp))
        day, iso = local_day(moment.isoformat(), 0)  # timezone: Etc/GMT in _config.yml
        if meta.get("permalink"):
            path = "/" + str(meta["permalink"]).strip("/") + "/"
        else:  # Jekyll's default "date" permalink: /:categories/:year/:month/:day/:title.html
            folders = "/".join(str(c).lower() for c in meta.get("categories") or [])
            path = f"/{folders}/{day[:4]}/{day[5:7]}/{day[8:10]}/{Path(name).stem[11:]}.html".replace("//", "/")
        posts.append(
            {
                "path": path,
                "title": str(meta["title"]).strip(),
                "date": day,
                "datetime": iso,
                "categories": meta.get("categories") or [],
                "body": page_text(site, path, "#article-body") if exists(site, path) else "",
            }
        )
    ignored = []
    for collection in ("_strategy", "_security", "_howto", "_glossary"):
        for name in repo.files(collection):
            if name.endswith((".md", ".markdown")):
                meta, _ = front_matter(repo.show(name))
                slug = str(meta.get("permalink") or f"{collection[1:]}/{meta.get('slug') or Path(name).stem}/")
                path = "/" + slug.strip("/") + "/"
                if exists(site, path):
                    ignored.append({"path": path, "reason": f"a {collection[1:]} document, not a blog post"})
        # The built folder keeps documents of older builds whose source is gone (/strategy/cryptocurrency-
        # lending/, an earlier "On Lending"): documents of the collection all the same, linked from posts.
        known = {item["path"] for item in ignored}
        folder = site / collection[1:]
        for built in sorted(folder.glob("*/index.html")) if folder.is_dir() else []:
            path = f"/{collection[1:]}/{built.parent.name}/"
            if path not in known:
                ignored.append({"path": path, "reason": f"a {collection[1:]} document of an older build"})
    return {
        "generator": "jekyll",
        "language": "en",
        "pagination": "/page2/ ... /page8/ (jekyll-paginate v1)",
        "truth_source": "_posts/*.md front matter (title, date, permalink, categories); date at GMT as "
        "_config.yml sets; body: the theme's #article-body; no author (the pages show a "
        "profile URL, not a name)",
        "origins": ["https://www.altcointrading.net", "https://altcointrading.net"],
        "ignored": ignored,
        "posts": posts,
    }


# The labels of the header every hugo-nwpu-bbic post writes in its Markdown under its heading.
NWPU_HEADER_LABELS = ("时间：", "关键词：")
_HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")


def nwpu_bbic_body(site: Path, path: str, title: str) -> tuple[str, str | None]:
    """(body, the day its "时间：" line names) of a hugo-nwpu-bbic post.

    Each post's Markdown opens with its own header, in headings: ``## <center>heading``, then
    ``#### 时间：2024-07-09`` and ``#### 关键词：项目，团队要闻``. The 时间 line restates the
    front-matter date and the 关键词 line its tags (the builder counts the dates that agree): they
    are the post's metadata written where the theme shows none, not its text, as a template's
    ``来源/时间`` zone between headline and text is not. The heading is the body's first line unless
    it repeats the title: a headline is no part of any body in this benchmark."""
    prose = page(site, path).cssselect("article div.prose")[0]
    day = None
    for child in list(prose):
        if not isinstance(child.tag, str):
            continue
        if child.tag not in _HEADINGS:
            break  # the text begins: the header is over
        line = " ".join(child.text_content().split())
        if line.startswith(NWPU_HEADER_LABELS[0]):
            found = re.search(r"(\d{4})-(\d{1,2})-(\d{1,2})", line)
            day = f"{found[1]}-{int(found[2]):02d}-{int(found[3]):02d}" if found else None
        if line.startswith(NWPU_HEADER_LABELS) or same_text(line, title):
            child.drop_tree()
    return text_of(prose), day


def hugo_nwpu_bbic(repo: Repo, site: Path) -> dict[str, Any]:
    """Hugo (Tailwind theme) of a university research group; public/ committed. News posts under
    /news/<category>/<lower-cased file name>/, listed at /news/ with /news/page/N/. public/ was
    built with baseURL http://localhost:1313, which the server rewrites like any origin."""
    posts = []
    headers = restated = 0  # posts with a "时间：" header line; those whose line restates the front-matter date
    for name in repo.files("content/news"):
        if not name.endswith(".md") or name.endswith("_index.md"):
            continue
        meta, _ = front_matter(repo.show(name))
        if meta.get("draft"):
            continue
        folder = Path(name).parent.relative_to("content").as_posix()
        path = str(meta.get("url") or f"/{folder}/{str(meta.get('slug') or Path(name).stem).lower()}/")
        stamp = meta["date"]
        day = stamp.isoformat()[:10] if hasattr(stamp, "isoformat") else str(stamp)[:10]
        title = str(meta["title"]).strip()
        body, header_day = nwpu_bbic_body(site, path, title) if exists(site, path) else ("", None)
        headers += header_day is not None
        restated += header_day == day
        posts.append(
            {
                "path": path,
                "title": title,
                "date": day,
                "categories": [meta["categories"]]
                if isinstance(meta.get("categories"), str)
                else meta.get("categories") or [],
                "body": body,
            }
        )
    known = {path_key(p["path"]) for p in posts}
    ignored = [
        {
            "path": "/" + folder.parent.relative_to(site).as_posix() + "/",
            "reason": "left in public/ by an older build: no source in content/ and no page links to it",
        }
        for folder in sorted((site / "news").glob("*/*/index.html"))
        if folder.parent.parent.name != "page"
        and path_key("/" + folder.parent.relative_to(site).as_posix() + "/") not in known
    ]
    return {
        "generator": "hugo",
        "language": "zh",
        "pagination": "/news/page/N/ (Hugo), 9 a page",
        "ignored": ignored,
        "truth_source": "content/news/**.md front matter (title, date, categories), path as Hugo maps it; "
        "body: the theme's article div.prose without the post's own header (its heading where it repeats "
        "the title, its '时间：' and '关键词：' lines); no author (the front matter has one, the page shows "
        "none); the page's only visible date is that '时间：' line",
        "header_dates": f"{restated} of {headers} '时间：' header lines restate the front-matter date",
        "origins": ["http://localhost:1313", "https://nwpu-bbic.github.io"],
        "posts": posts,
    }


def cms_shirui(repo: Repo, site: Path) -> dict[str, Any]:
    """A Chinese enterprise CMS exported to static files (GBK, ``AddType text/html;charset=gbk`` in its
    .htaccess): sections /news/, /cases/, /auth/, /factory/ with listings ``<section>_<id>.html`` and
    ``_<id>_<n>.html`` pages, articles ``<section><n>.html``. No source or feed exists: the truth is
    the CMS's own article template, ``div.content-detail`` with its ``h1``, the "发布日期：" line of
    ``div.info`` and the breadcrumb's section; the body is the template's text without the title,
    that line, the pager and the previous/next links."""
    posts = []
    for file in sorted(site.glob("*/*.html")):
        if file.parent.name not in ("news", "cases", "auth", "factory") or not re.fullmatch(r"[a-z]+\d+", file.stem):
            continue
        root = lxml.html.fromstring(file.read_bytes().decode("gb18030"))
        detail = root.cssselect("div.content-detail")
        if not detail or not detail[0].cssselect("h1"):
            continue
        info = detail[0].cssselect("div.info")
        date = re.search(r"发布日期：\s*(\d{4}-\d{2}-\d{2})", info[0].text_content() if info else "")
        if not date:
            continue
        trail = [a.text_content().strip() for a in root.cssselect("div.title1 span.fr a")]
        title = " ".join(detail[0].cssselect("h1")[0].text_content().split())
        for unwanted in (
            detail[0].cssselect("h1")[0],  # the title; six pages wrap their text in a second <h1>
            *detail[0].cssselect("div.info, div.catlist_sp"),
            *detail[0].xpath("./div[.//strong[starts-with(normalize-space(.), '上一')]]"),
        ):
            unwanted.drop_tree()  # its tail stays: after div.info, the tail is the article's first text
        posts.append(
            {
                "path": "/" + file.relative_to(site).as_posix(),
                "title": title,
                "date": date.group(1),
                "categories": trail[1:2],
                "body": text_of(detail[0]),
            }
        )
    return {
        "generator": "Chinese enterprise CMS (static export)",
        "language": "zh",
        "charset": "gbk",
        "pagination": "<section>_<id>.html, <section>_<id>_<n>.html; index_<n>.html (Chinese CMS)",
        "truth_source": "the CMS article template (no source or feed exists): div.content-detail h1, the "
        "'发布日期：' line, the breadcrumb's section; body: the template's text without "
        "title, date line, pager and previous/next links",
        "origins": ["http://windows1990.com", "http://www.windows1990.com"],
        "posts": posts,
    }


def hugo_0x0cqq(repo: Repo, site: Path) -> dict[str, Any]:
    """Hugo (zzo theme), posts under /posts/<slug>/. index.json lists every post; index.xml only the newest,
    so the date is the article:published_time Hugo writes from the front matter. The body is the theme's
    ``article.single__contents``: index.json's text keeps the entities and the code gutters' line numbers
    (see page_bodies)."""
    categories = {
        path_key(relative(item.findtext("link"))): [c.text for c in item.findall("category")]
        for item in lxml.etree.fromstring(repo.show("index.xml")).iter("item")
    }
    items = [item for item in json.loads(repo.show("index.json")) if item.get("section") == "posts"]
    texts = {relative(item["uri"]): item.get("content") or "" for item in items}
    # The theme opens the element with its table of contents (div.expand: a "What's on this Page" button
    # and a nav repeating the headings): the layout's, not the text.
    bodies, agreement = page_bodies(site, texts, "article.single__contents", CHROMA_GUTTER, drop=("div.expand",))
    posts = []
    for item in items:
        path = relative(item["uri"])
        meta = page(site, path).cssselect('meta[property="article:published_time"]')
        moment = datetime.fromisoformat(re.sub(r"([+-]\d\d)(\d\d)$", r"\1:\2", meta[0].get("content")))
        posts.append(
            {
                "path": path,
                "title": html.unescape(item["title"]),
                "date": moment.date().isoformat(),
                "datetime": moment.isoformat(),
                "author": "cqqqwq",
                "categories": categories.get(path_key(path), []),
                "body": bodies[path],
            }
        )
    return {
        "generator": "hugo",
        "language": "zh",
        "pagination": "/page/N/ and /posts/page/N/ (Hugo)",
        "truth_source": "index.json (title, uri); body: the theme's article.single__contents without the code "
        "gutter and the table of contents (index.json's text keeps entities and line numbers); date: "
        "article:published_time (+08:00) Hugo writes from the front matter; author: <meta name=author> on "
        "every post",
        "index_agreement": agreement,
        "origins": ["https://blog.cqqqwq.com"],
        "posts": posts,
    }


def hugo_barcampcork(repo: Repo, site: Path) -> dict[str, Any]:
    """Hugo (m10c theme), WordPress posts converted to Markdown with url: /Y/M/D/slug/ in front matter."""
    posts = []
    for name in repo.files("content/_posts"):
        if not name.endswith((".md", ".markdown")):
            continue
        meta, _ = front_matter(repo.show(name))
        if meta.get("draft"):
            continue
        moment = meta["date"] if isinstance(meta["date"], datetime) else datetime.fromisoformat(str(meta["date"]))
        path = meta["url"]
        posts.append(
            {
                "path": path,
                "title": str(meta["title"]),
                "date": moment.date().isoformat(),
                "datetime": moment.isoformat(),
                "author": "BarCamp Cork",
                "categories": meta.get("categories") or [],
                "body": page_text(site, path, "article.post .post-content"),
            }
        )
    return {
        "generator": "hugo",
        "language": "en",
        "pagination": "/page/N/ (Hugo), also /_posts/page/N/",
        "truth_source": "content/_posts/*.markdown front matter (title, date, url, categories); body: the "
        "theme's .post-content; author: <meta name=author> (the front-matter author is not "
        "shown)",
        "origins": ["https://barcampcork.org"],
        "posts": posts,
    }


def alphabravo_byline(site: Path, path: str) -> str | None:
    """The name the post's byline ``.post-author`` shows; None for the theme's placeholder "Author"."""
    found = page(site, path).cssselect(".post-author")
    name = " ".join(found[0].text_content().split()) if found else ""
    return name if name and name != "Author" else None


def hugo_alphabravo(repo: Repo, site: Path) -> dict[str, Any]:
    """Hugo (FeelIt theme) publishing to docs/; docs/index.json lists the built posts with their dates."""
    posts, seen = [], set()
    for item in json.loads(repo.show("docs/index.json")):  # split into chunks for search: one entry per chunk
        uri = item.get("uri") or ""
        if not uri.startswith("/posts/") or uri.count("/") < 4 or uri in seen:
            continue
        seen.add(uri)
        posts.append(
            {
                "path": uri,
                "title": html.unescape(item["title"]),
                "date": item["date"][:10],
                "author": alphabravo_byline(site, uri),
                "categories": [],
                "body": page_text(site, uri, "#content"),
            }
        )
    return {
        "generator": "hugo",
        "language": "en",
        "pagination": "/page/N/ and /posts/page/N/ (Hugo)",
        "truth_source": "docs/index.json (title, date, uri); body: the theme's #content; author: the "
        "byline .post-author (none where it shows the theme's placeholder 'Author')",
        "origins": ["https://blog.alphabravo.io"],
        "posts": posts,
    }


def jekyll_4dcu(repo: Repo, site: Path) -> dict[str, Any]:
    """Jekyll (jekyll-paginate-v2), an English edition at / (permalink /:categories/:y/:m/:d/:title.html)
    and a Dutch one at /nl/ (/nl/:categories/:y/:m/:title/)."""
    posts = []
    for name in repo.files("_posts"):
        if not name.endswith((".md", ".markdown", ".html")):
            continue
        meta, _ = front_matter(repo.show(name))
        if meta.get("published") is False:
            continue
        stem = Path(name).stem
        date = str(meta.get("date") or stem[:10])[:10]
        slug = str(meta.get("slug") or stem[11:])
        categories = meta.get("categories") or []
        if isinstance(categories, str):
            categories = categories.split()
        folders = "/".join(c.lower() for c in categories)
        if "/nl/" in name:  # the Dutch edition's own permalink
            path = f"/nl/{folders}/{date[:4]}/{date[5:7]}/{slug}/".replace("//", "/")
        else:  # Jekyll's default "date" permalink
            path = f"/{folders}/{date[:4]}/{date[5:7]}/{date[8:10]}/{slug}.html".replace("//", "/")
        posts.append(
            {
                "path": path,
                "title": str(meta["title"]),
                "date": date,
                "author": meta.get("author"),
                "categories": categories,
                "body": page_text(site, path, ".post-content, .content article") if exists(site, path) else "",
            }
        )
    return {
        "generator": "jekyll",
        "language": "en",
        "pagination": "/page/N/ (jekyll-paginate-v2), /nl/page/N/; posts as .html",
        "truth_source": "_posts/**/*.md front matter (title, date, author, categories) mapped through the "
        "configured permalink; body: the theme's post content element",
        "origins": ["https://blog.4dcu.be"],
        "posts": posts,
    }


def docusaurus_3306pai(repo: Repo, site: Path) -> dict[str, Any]:
    """Docusaurus 2 of a Chinese database community, built to the gh-pages branch, with two blog
    instances: /blog/ (talks and articles) and /mentors/ (a post introducing each guest). Each
    instance's atom.xml holds every one of its posts with its full HTML; the author is the name the
    post's header shows (``[itemprop=author] [itemprop=name]``), none where the header shows nobody.
    The /meeting/ pages are plain pages, not posts."""
    ns = {"a": "http://www.w3.org/2005/Atom"}
    posts = []
    entries = [
        entry
        for feed in ("blog/atom.xml", "mentors/atom.xml")
        for entry in lxml.etree.fromstring(repo.show(feed)).iterfind("a:entry", ns)
    ]
    for entry in entries:
        path = relative(entry.find("a:link", ns).get("href"))
        root = page(site, path + "/" if not path.endswith("/") else path)
        names = [" ".join(n.text_content().split()) for n in root.cssselect("header [itemprop=author] [itemprop=name]")]
        day = entry.findtext("a:updated", namespaces=ns)[:10]  # Docusaurus writes the post's date here
        posts.append(
            {
                "path": path,
                "title": entry.findtext("a:title", namespaces=ns).strip(),
                "date": day,
                "author": ", ".join(n for n in names if n) or None,
                "body": html_fragment_text(entry.findtext("a:content", namespaces=ns) or ""),
            }
        )
    return {
        "generator": "docusaurus",
        "language": "zh",
        "pagination": "/blog/ + /blog/page/2/, /mentors/ (Docusaurus), archives, tag pages",
        "truth_source": "blog/atom.xml and mentors/atom.xml of the built branch, one per blog instance "
        "(title, link, date, full content HTML); author: the names the post header shows",
        "origins": ["https://3306pai.cn"],
        "posts": posts,
    }


WP_SKIP = ("wp-content/", "wp-includes/", "wp-json/")
_BODY_CLASS = re.compile(rb"<body\b[^>]*?\bclass\s*=\s*[\"']([^\"']*)", re.IGNORECASE)


def body_classes(raw: bytes) -> list[str]:
    """The class names of the page's ``<body>`` tag as written. Not lxml's ``body``: where the ``<head>``
    holds an element only a body may hold, libxml2 opens a body there, and the page's own ``<body class=…>``
    tag, met later, is dropped with its classes (wp-partitopirata's ``/2014/11/tweetstorm-14n-howto/``, a
    copy of post 3735, read as no post at all)."""
    found = _BODY_CLASS.search(raw)
    return found.group(1).decode("utf-8", "replace").split() if found else []


def wordpress_posts(
    site: Path,
    byline: str | None,
    title_selector: str = ".entry-title",
    content_selector: str = ".entry-content",
    categories_selector: str | None = None,
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """The posts of a WordPress static export, as WordPress itself marks them: a page whose <body> has
    the class ``single-post`` is one post (``postid-N``). Title ``.entry-title`` (``og:title`` where the
    theme left that element empty), date the post's
    ``datetime``/``datePublished`` (the day in its own offset), body ``.entry-content``, author the
    ``byline`` selector where the theme prints one. A post saved under two paths (WordPress answers its
    short and dated permalinks alike) is kept once, under the path its own canonical or og:url names;
    the other copies are returned as ``ignored``. A theme that names its headline and content elements
    otherwise (Ashe: ``h1.post-title``, ``div.post-content``) passes its selectors; ``categories_selector``
    reads the category links the page prints."""
    by_id: dict[str, list[tuple[str, lxml.html.HtmlElement]]] = {}
    for file in sorted(site.rglob("*.html")):
        rel = file.relative_to(site).as_posix()
        if rel.startswith(WP_SKIP):
            continue
        raw = file.read_bytes()
        if b"single-post" not in raw:
            continue
        root = lxml.html.fromstring(raw)
        classes = body_classes(raw)
        if "single-post" not in classes:
            continue
        post_id = next((c for c in classes if c.startswith("postid-")), rel)
        path = "/" + rel.removesuffix("index.html")
        by_id.setdefault(post_id, []).append((path, root))
    posts, ignored = [], []
    for copies in by_id.values():

        def named(root: lxml.html.HtmlElement) -> str:
            for xpath in ("//link[@rel='canonical']/@href", "//meta[@property='og:url']/@content"):
                found = root.xpath(xpath)
                if found:
                    return path_key(relative(found[0]))
            return ""

        copies.sort(key=lambda c: (path_key(c[0]) != named(c[1]), len(c[0])))
        path, root = copies[0]
        if not root.cssselect(title_selector):
            # a post laid out in a page builder's full-width template (wp-apleb's Elementor posts) prints
            # no headline, date or author of its own: nothing of it can be scored as a post
            reason = "a post whose layout prints no headline, date or author (a page builder's template)"
            ignored += [{"path": p, "reason": reason} for p, _ in copies]
            continue
        ignored += [{"path": p, "reason": "another saved copy of the same post"} for p, _ in copies[1:]]
        title = " ".join(root.cssselect(title_selector)[0].text_content().split())
        if not title:  # an empty headline element: the post's title is what og:title and <title> show
            title = " ".join(" ".join(root.xpath("//meta[@property='og:title']/@content")).split())
        stamps = root.xpath(
            "//meta[@property='article:published_time']/@content | //*[@itemprop='datePublished']/@content"
            " | //time[contains(@class, 'entry-date')]/@datetime"
        )
        authors = [" ".join(a.text_content().split()) for a in root.cssselect(byline)] if byline else []
        categories = (
            [" ".join(a.text_content().split()) for a in root.cssselect(categories_selector)]
            if categories_selector
            else []
        )
        content = root.cssselect(content_selector)[0]
        for unwanted in content.cssselect(".sharedaddy, .jp-relatedposts, script, style"):
            unwanted.tail = None
            unwanted.getparent().remove(unwanted)
        posts.append(
            {
                "path": path,
                "title": title,
                "date": stamps[0][:10],
                "datetime": stamps[0],
                "author": authors[0] if authors and authors[0] else None,
                **({"categories": categories} if categories else {}),
                "body": text_of(content),
            }
        )
    return posts, ignored


def wp_dundeechess(repo: Repo, site: Path) -> dict[str, Any]:
    """WordPress (Striker theme) of a chess club, exported with Simply Static. Posts at /<slug>/,
    listed at /category/news/ + /page/N/ and by author; attachment, event and page documents
    are not posts. The byline names the author."""
    posts, ignored = wordpress_posts(site, ".entry-meta .byline .author a")
    events = sorted(site.glob("event/*/index.html"))
    ignored += [
        {"path": "/" + e.parent.relative_to(site).as_posix() + "/", "reason": "an event of the events calendar"}
        for e in events
    ]
    return {
        "generator": "wordpress (Simply Static export)",
        "language": "en",
        "pagination": "/category/news/page/N/, /author/<name>/page/N/ (WordPress)",
        "truth_source": "WordPress's own mark: <body class=single-post postid-N>; .entry-title, the post's "
        "datetime, .entry-content, the byline's author link. Events (The Events Calendar) are ignored",
        "origins": ["https://dundeechessclub.github.io", "http://dundeechessclub.github.io"],
        "ignored": ignored,
        "posts": posts,
    }


def wp_partitopirata(repo: Repo, site: Path) -> dict[str, Any]:
    """WordPress (Pirate Rogue theme) of the Italian Pirate Party, saved to static files. Posts at
    /Y/M/slug/ (their canonical address; copies of an older build stay at /Y/M/D/slug/), listed on the
    home + /page/N/, category, tag, author and day/month archives. The
    theme shows no author (body class ``no-author``)."""
    posts, ignored = wordpress_posts(site, None)
    return {
        "generator": "wordpress (static copy)",
        "language": "it",
        "pagination": "/page/N/, /category/<c>/page/N/, /tag/<t>/, /Y/M/D/ archives (WordPress)",
        "truth_source": "WordPress's own mark: <body class=single-post postid-N>; .entry-title, "
        "itemprop=datePublished, .entry-content; no author (the theme hides it)",
        # Pages of several builds: the CNAME's https://www, the static copy's own http://wwwstatic, and
        # older http addresses; all name the same site.
        "origins": [
            "https://www.partito-pirata.it",
            "http://www.partito-pirata.it",
            "http://wwwstatic.partito-pirata.it",
            "http://partito-pirata.it",
        ],
        "ignored": ignored,
        "posts": posts,
    }


def hugo_essuofc(repo: Repo, site: Path) -> dict[str, Any]:
    """Hugo (Airspace theme) of a university engineering students' society; public/ committed, built
    with baseURL http://localhost:1313. News posts at /news/<slug>/, listed at /news/ (4 a page): their
    page shows no date (only the listing does) and no author. The Diversity Advocacy Committee's posts
    at /diversity/<slug>/ (listed at /diversity/) print "Author: …" and "Published: MM|DD|YYYY".
    Members, sponsors, departments, career-fair exhibitors and event pages are not posts."""
    posts = []
    for name in [*repo.files("content/english/news"), *repo.files("content/english/diversity")]:
        if not name.endswith(".md") or name.endswith("_index.md"):
            continue
        meta, _ = front_matter(repo.show(name))
        if meta.get("draft"):
            continue
        section = Path(name).parent.name
        slug = re.sub(r"[^\w-]+", "-", Path(name).stem.lower()).strip("-")
        path = f"/{section}/{slug}/"
        stamp = meta.get("PublishDate") or meta["date"]
        moment = stamp if isinstance(stamp, datetime) else datetime.fromisoformat(str(stamp).replace("Z", "+00:00"))
        posts.append(
            {
                "path": path,
                "title": str(meta["title"]).strip(),
                "date": moment.date().isoformat(),
                "datetime": moment.isoformat(),
                # the Diversity Advocacy Committee's posts print "Author: …" under the headline; news shows none
                "author": str(meta["author"]).strip() if section == "diversity" and meta.get("author") else None,
                "body": page_text(site, path, "section.section .col-lg-12") if exists(site, path) else "",
            }
        )
    return {
        "generator": "hugo",
        "language": "en",
        "pagination": "/news/page/N/ (Hugo), 4 a page; /diversity/",
        "truth_source": "content/english/{news,diversity}/*.md front matter (title, date or PublishDate; a "
        "news page shows its date only on the listing); body: the theme's section.section .col-lg-12; "
        "author: the diversity posts' 'Author:' line (front matter author); news shows none",
        "origins": ["http://localhost:1313", "https://essucalgary.com"],
        "posts": posts,
    }


# the main-branch commit whose docs/ the gh-pages build above was made from (pushed the same minute)
NETDEVOPS_SOURCE_COMMIT = "c4057c4413e6704010ee9cb0cd50bfd959a25d80"


def nikola_ansible(repo: Repo, site: Path) -> dict[str, Any]:
    """Nikola (the Ansible community's own theme) of the Ansible Collaborative, output/ committed. Posts at
    /blog/<slug>/ (one slug holds a slash), listed at /blog/ + index-N.html (22 pages), by category,
    author and year. Nikola writes each post's source next to its page (``blog/<slug>/index.md``, the
    page's "Source" link): its front matter gives title, date (UTC) and author; a post without an
    author shows the site's BLOG_AUTHOR. The body is the theme's ``div.e-content``."""
    posts = []
    for source in sorted((site / "blog").rglob("index.md")):
        meta, _ = front_matter(source.read_bytes())
        if not meta.get("title") or meta.get("draft") or "draft" in str(meta.get("tags", "")).split(","):
            continue
        folder = source.parent.relative_to(site).as_posix()
        path = f"/{folder}/"
        root = page(site, path)
        stamp = str(meta["date"])
        posts.append(
            {
                "path": path,
                "title": " ".join(str(meta["title"]).split()),
                "date": stamp[:10],
                "datetime": stamp,
                # the byline shows the front matter's author, else the site's BLOG_AUTHOR
                "author": " ".join(root.cssselect(".byline .p-name a")[0].text_content().split()),
                "body": page_text(site, path, "div.e-content"),
            }
        )
    return {
        "generator": "nikola",
        "language": "en",
        "pagination": "/blog/ + /blog/index-N.html (Nikola), categories, authors, years",
        "truth_source": "each post's source copy blog/<slug>/index.md written by Nikola beside its page (front "
        "matter title, date); author: the byline (front matter author or BLOG_AUTHOR); body: div.e-content",
        "origins": ["https://ansible.com", "https://www.ansible.com"],
        "posts": posts,
    }


def mkdocs_netdevops(repo: Repo, site: Path) -> dict[str, Any]:
    """MkDocs Material with its blog plugin, a network-automation community site; the gh-pages branch is
    the build of main's docs/ (both pushed within a minute). Posts at /blog/<slug>/ (post_url_format
    "{slug}"), listed at /blog/ + /blog/page/N/ (4 a page), /blog/archive/<year>/ + /page/N/. The search
    index the build wrote (search/search_index.json) names each post page and its title (its headline);
    the date is the post's front matter ``date`` (docs/blog/posts/**.md on main), which the page prints
    in its sidebar; the author the sidebar's profile name. The body is the theme's article without its
    tag list and headline."""
    source = Repo(repo.gitdir, NETDEVOPS_SOURCE_COMMIT)
    dated: dict[str, Any] = {}
    for name in source.files("docs/blog/posts"):
        if not name.endswith(".md"):
            continue
        meta, text = front_matter(source.show(name))
        if meta.get("draft"):
            continue
        heading = re.search(r"^# (.+)$", text, re.M)
        for title in (meta.get("title"), heading.group(1) if heading else None):
            if title:
                dated[" ".join(str(title).split())] = meta["date"]
    index = json.loads((site / "search/search_index.json").read_text(encoding="utf-8"))
    posts = []
    for entry in index["docs"]:
        location = entry["location"]
        if not re.fullmatch(r"blog/[^/#]+/", location) or location.startswith(("blog/page/", "blog/archive/")):
            continue
        title = " ".join(html.unescape(entry["title"]).split())
        if title not in dated:
            continue  # the blog's own index page
        path = "/" + location
        root = page(site, path)
        names = [" ".join(a.text_content().split()) for a in root.cssselect(".md-post__authors .md-profile strong")]
        posts.append(
            {
                "path": path,
                "title": title,
                "date": str(dated[title])[:10],
                "author": ", ".join(names) or None,
                "body": page_text(
                    site, path, "article.md-content__inner", drop=("nav.md-tags", "h1", ".md-source-file")
                ),
            }
        )
    return {
        "generator": "mkdocs-material (blog plugin)",
        "language": "en",
        "pagination": "/blog/page/N/ (Material blog, 4 a page), /blog/archive/<year>/page/N/",
        "truth_source": "search/search_index.json of the build (post page, title); docs/blog/posts/**.md front "
        "matter on main (date); author: the sidebar profile; body: article.md-content__inner without tags "
        "and headline",
        "origins": ["https://netdevops.it"],
        "posts": posts,
    }


def hugo_indymedia_pt(repo: Repo, site: Path) -> dict[str, Any]:
    """Hugo (az-indymedia-theme, the classic Indymedia table layout) of Indymedia Portugal's newswire:
    posts imported from WordPress, public/ committed and built with baseURL http://localhost:1313. Posts
    at the front matter's ``url`` /news/<date>-<slug>/, listed at /news/ + /news/page/N/ (20 a page),
    the home, /posts/page/N/, categories and tags. Front matter (content/news/*.md): title, author,
    date; the page prints the title upper-cased in its headline cell, "by <author>" and the day. The body
    is the theme's ``td.feature-content`` without that byline and the tag line. Pages under public/news/
    with no source in content/ are copies left by older builds, ignored."""
    posts, sourced = [], set()
    for name in repo.files("content/news"):
        if not name.endswith(".md"):
            continue
        meta, _ = front_matter(repo.show(name))
        if meta.get("draft"):
            continue
        path = str(meta.get("url") or f"/news/{Path(name).stem.lower()}/")
        sourced.add(path_key(path))
        stamp = meta["date"]
        moment = stamp if isinstance(stamp, datetime) else datetime.fromisoformat(str(stamp).replace("Z", "+00:00"))
        body = ""
        if exists(site, path):  # sources newer than the last build have no page: build() excludes them
            content = page(site, path).cssselect("td.feature-content")[0]
            for unwanted in content.xpath("./p[small]"):  # the "by …" line and the "Tags:" line
                unwanted.tail = None
                unwanted.getparent().remove(unwanted)
            body = text_of(content)
        posts.append(
            {
                "path": path,
                "title": " ".join(str(meta["title"]).split()),
                "date": moment.date().isoformat(),
                "datetime": moment.isoformat(),
                "author": " ".join(str(meta["author"]).split()) if meta.get("author") else None,
                "body": body,
            }
        )
    ignored = [
        {
            "path": "/" + f.parent.relative_to(site).as_posix() + "/",
            "reason": "a post page of an older build, no source",
        }
        for f in sorted((site / "news").glob("*/index.html"))
        if path_key("/" + f.parent.relative_to(site).as_posix() + "/") not in sourced
    ]
    return {
        "generator": "hugo",
        "language": "pt",
        "pagination": "/news/page/N/, /posts/page/N/, /page/N/ (Hugo, 20 a page), categories and tags with /page/N/",
        "truth_source": "content/news/*.md front matter (url, title, author, date); body: td.feature-content "
        "without the byline and tag lines. Built pages with no source are ignored",
        "origins": ["http://localhost:1313", "https://blog.indymedia.pt"],
        "ignored": ignored,
        "posts": posts,
    }


# --- held-out Chinese sites (session 7): added after their first-contact crawl was recorded -------------------------


def hexo_icarus_birdzhang(repo: Repo, site: Path) -> dict[str, Any]:
    """Hexo 5.4 (Icarus theme), permalink /:year/:month/:day/:title/. content.json lists every post (title,
    HTML-escaped, link, text) but no date; the date is the day the post's header prints (its first ``<time>``, Hexo's
    UTC instant shown at +08:00), the author the page's ``article:author`` (the byline Icarus shows)."""
    index = json.loads(repo.show("content.json"))["posts"]
    texts = {relative(post["link"]): post.get("text") or "" for post in index}
    bodies, agreement = page_bodies(site, texts, "article.article div.content", CODE_GUTTER)
    posts = []
    for post in index:
        path = relative(post["link"])
        root = page(site, path)
        shown = root.cssselect("article.article .article-meta time")[0]
        day, moment = local_day(shown.get("datetime"), 8)
        if day != (shown.text or "").strip():
            raise ValueError(f"{path}: the header prints {shown.text!r}, not the +08:00 day {day}")
        author = root.cssselect('meta[property="article:author"]')
        posts.append(
            {
                "path": path,
                "title": html.unescape(post["title"]),  # content.json escapes "/" as "&#x2F;"
                "date": day,
                "datetime": moment,
                "author": author[0].get("content") if author else None,
                "body": bodies[path],
            }
        )
    return {
        "generator": "hexo",
        "language": "zh",
        "pagination": "/page/N/ (Hexo), archives by year/month, categories, tags",
        "truth_source": "content.json (title, link); date: the day the post header's <time> prints (checked to be "
        "its datetime at +08:00); author: article:author; body: the theme's article div.content without the "
        "code gutter",
        "index_agreement": agreement,
        "origins": ["https://birdzhang.xyz", "http://birdzhang.xyz"],
        "posts": posts,
    }


MELONTEAM_SOURCE = "1683e6aa23be5487bc9bef9760c2c3c14e05591c"  # blog-source branch: the _posts of the build


def jekyll_melonteam(repo: Repo, site: Path) -> dict[str, Any]:
    """Jekyll (jekyll-paginate v1: /page2/ ... /page27/, 6 a page) of a Tencent mobile team, built site
    committed to master (pages last built before the newest sources), sources on the blog-source branch.
    Permalink /posts/:title/; the post's author
    is its front-matter ``author``, which the post header prints beside a user icon."""
    source = Repo(repo.gitdir, MELONTEAM_SOURCE)
    posts = []
    redated: list[str] = []
    for name in source.files("_posts"):
        if not name.endswith((".md", ".markdown")):
            continue
        meta, _ = front_matter(source.show(name))
        stamp = meta.get("date") or Path(name).stem[:10]
        moment = stamp if isinstance(stamp, datetime) else jekyll_time(str(stamp))
        day, stamped = local_day(moment.isoformat(), 8)  # timezone: Asia/Shanghai in _config.yml
        iso: str | None = stamped
        path = f"/posts/{Path(name).stem[11:]}/"
        root = page(site, path)
        shown = {" ".join(card.text_content().split()) for card in root.cssselect(".label-card")}
        # The day the header prints is the build's reading of the date; the built pages are older than
        # this source revision, and a few sources were re-dated since (19:04 on the 27th, printed the 28th).
        printed = next(iter(sorted(d for d in shown if re.fullmatch(r"\d{4}-\d{2}-\d{2}", d))), day)
        if printed != day:
            redated.append(path)
            day, iso = printed, None
        author = str(meta["author"]).strip() if meta.get("author") else None
        posts.append(
            {
                "path": path,
                "title": str(meta["title"]).strip(),
                "date": day,
                "datetime": iso,
                "author": author if author in shown else None,
                "categories": [meta["categories"]] if isinstance(meta.get("categories"), str) else [],
                "body": page_text(site, path, "div.left article", ("#markdown-toc",)),
            }
        )
    return {
        "generator": "jekyll",
        "language": "zh",
        "pagination": "/page2/ ... /page27/ (jekyll-paginate v1), category and tag pages",
        "truth_source": "_posts/*.markdown front matter on the blog-source branch @ 1683e6aa (title, author "
        "where the header prints it); date: the day the header prints (the front-matter date at +08:00 but on "
        "the posts listed in redated_since_build); body: the theme's article element without kramdown's "
        "table of contents (#markdown-toc)",
        "redated_since_build": redated,
        "origins": ["http://MelonTeam.com", "http://melonteam.com"],
        "posts": posts,
    }


O2TEAM_SOURCE = "c4e4716233e0bcb034f7c263a961be641b7fa6d3"  # v2 branch: the post the 2021-02-02 build added


def o2team_permalink(site: Path, stem: str, slug: str, day: str, iso: str | None) -> str:
    """The post's built folder. Hexo ran on a UTC build machine: the permalink's day is the post's
    instant on the UTC calendar (a post of 2018-12-18 00:00 at +08:00 is /notes/2018/12/17/…), while the
    page prints the +08:00 day. The title part is the file name without a zero-padded date prefix,
    with ``_`` written ``-`` (``2017-4-28-CSS_viewport_units`` → ``2017-4-28-CSS-viewport-units``)."""
    utc_day = local_day(iso, 0)[0] if iso else day
    names = {slug, stem, slug.replace("_", "-"), stem.replace("_", "-")}
    for folder_day in (utc_day, day):
        for name in sorted(names):
            path = f"/notes/{folder_day[:4]}/{folder_day[5:7]}/{folder_day[8:10]}/{name}/"
            if exists(site, path):
                return path
    return f"/notes/{utc_day[:4]}/{utc_day[5:7]}/{utc_day[8:10]}/{slug}/"  # not built: the builder excludes it


def hexo_o2team(repo: Repo, site: Path) -> dict[str, Any]:
    """Hexo 3.9 (the team's own "lattice" theme) of JD's Aotu.io front-end lab, built to the
    latest-v2-dist branch, sources on v2. Permalink notes/:year/:month/:day/:title/ (the file name
    without its date); the author is front matter ``author.nick``, printed as the byline ``a.post-author``."""
    source = Repo(repo.gitdir, O2TEAM_SOURCE)
    posts = []
    for name in source.files("source/_posts"):
        if not name.endswith(".md"):
            continue
        meta, _ = hexo_front_matter(source.show(name))
        stem = Path(name).stem
        slug = stem[11:] if re.match(r"\d{4}-\d{2}-\d{2}-", stem) else stem
        if meta.get("date"):
            stamp = meta["date"]
            if not isinstance(stamp, datetime):  # "2017-10-18 9:10": a local time (timezone: Asia/Shanghai)
                stamp = jekyll_time(str(stamp)).replace(tzinfo=timezone(timedelta(hours=8)))
            day, iso = local_day(stamp.isoformat(), 8)
        else:  # no date in the front matter: Hexo reads it from the file name's date (new_post_name)
            stamp = datetime.strptime(stem[:10], "%Y-%m-%d").replace(tzinfo=timezone(timedelta(hours=8)))
            day, iso = local_day(stamp.isoformat(), 8)
        path = o2team_permalink(site, stem, slug, day, iso)
        author = meta.get("author")
        nick = author.get("nick") if isinstance(author, dict) else author
        # several writers are a list of nicks, which the byline prints comma-separated; a nick may be a number
        nick = ", ".join(str(n).strip() for n in nick) if isinstance(nick, list) else str(nick or "").strip()
        body = ""
        if exists(site, path):
            body = page_text(
                site,
                path,
                "article.post div.post-content",
                (CODE_GUTTER, ".post-tags", ".post-categories", ".post-announce", ".post-revision"),
            )
        categories = meta.get("categories")
        posts.append(
            {
                "path": path,
                "title": str(meta["title"]).strip(),
                "date": day,
                "datetime": iso,
                "author": nick or None,
                "categories": [categories] if isinstance(categories, str) else list(categories or []),
                "body": body,
            }
        )
    return {
        "generator": "hexo",
        "language": "zh",
        "pagination": "/page/N/ (Hexo, 24 a page), /notes/page/N/, category and tag pages; each listing also "
        "has a /fragments/ copy its script loads",
        "truth_source": "source/_posts/*.md front matter on the v2 branch @ c4e47162 (title, date at +08:00, "
        "author.nick); body: the theme's div.post-content without the code gutter, the hidden tag and "
        "category lists, the copyright notice and the revision line",
        "origins": ["https://aotu.io", "http://aotu.io"],
        "posts": posts,
    }


def papermod_byline(authors: Any) -> str | None:
    """The byline PaperMod prints from a front-matter ``author``: a list joined ", " with " & " before the
    last name (its ``delimit . ", " " & "``), a string as written."""
    if not authors:
        return None
    if isinstance(authors, str):
        return authors.strip()
    names = [str(a).strip() for a in authors]
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " & " + names[-1]


def hugo_broomhillcc(repo: Repo, site: Path) -> dict[str, Any]:
    """Hugo (PaperMod theme) of Broomhill Community Council, Glasgow; public/ committed until the build
    moved to GitHub Actions. Every post sets ``url: /<slug>/`` at the root (one, the Local Place Plan,
    takes its section's own /lpp/). News, monthly meeting minutes, RPZ (parking zone) and LPP posts are
    listed by section (/news/ + /news/page/2/, /meetings/ + /page/2/, 20 a page), by tag, and on the
    home page's RSS. A post page prints the month only ("August 2025"; the day is in the span's title
    and the head's article:published_time) and the front matter's author. About, contact, policies,
    thanks and the heritage trail (a section page) are not posts."""
    posts: list[dict[str, Any]] = []
    for section in ("news", "meetings", "rpz", "lpp"):
        for name in repo.files(f"content/{section}"):
            if not name.endswith(".md") or name.endswith("_index.md"):
                continue
            # three news sources open with a blank line before "---"; Hugo reads their front matter all the same
            meta, _ = front_matter(repo.show(name).lstrip())
            if meta.get("draft") or not meta.get("url"):
                continue
            path = "/" + str(meta["url"]).strip("/") + "/"
            if any(post["path"] == path for post in posts):
                continue  # sep24-rpz-update is both a news and an RPZ source with one url: one page is built
            stamp = meta["date"]
            day = stamp.isoformat()[:10] if hasattr(stamp, "isoformat") else str(stamp)[:10]
            posts.append(
                {
                    "path": path,
                    "title": " ".join(str(meta["title"]).split()),
                    "date": day,
                    "author": papermod_byline(meta.get("author")),
                    "categories": [section],
                    "body": page_text(site, path, "div.post-content") if exists(site, path) else "",
                }
            )
    return {
        "generator": "hugo",
        "language": "en",
        "pagination": "/news/page/N/ and /meetings/page/N/ (Hugo, 20 a page), tags",
        "truth_source": "content/{news,meetings,rpz,lpp}/*.md front matter (title, date, url, author list as "
        "PaperMod joins it); body: the theme's div.post-content",
        "origins": ["https://broomhillcc.org.uk"],
        "posts": posts,
    }


def pelican_metadata(source: bytes) -> dict[str, str]:
    """Pelican's Markdown metadata: ``Key: value`` lines up to the first blank line, keys lower-cased as
    Pelican reads them (``Slug``/``slug`` alike)."""
    meta: dict[str, str] = {}
    for line in source.decode("utf-8").splitlines():
        if not line.strip():
            break
        key, sep, value = line.partition(":")
        if sep and re.fullmatch(r"[A-Za-z_]+", key.strip()):
            meta[key.strip().lower()] = value.strip()
    return meta


# the main-branch commit whose content/ the gh-pages build was made from (built 16:03 UTC, pushed 16:02 UTC)
FAMILUG_SOURCE_COMMIT = "5f468130d8b2a83df1890029775ef0475bbc7ca1"


def pelican_familug(repo: Repo, site: Path) -> dict[str, Any]:
    """Pelican (Elegant theme) of FAMILUG, a Vietnamese Linux user group; the gh-pages branch holds the
    build (relative URLs, no feeds) made from the main branch's content/ the same minute. Posts at
    /<slug>.html at the root, listed by / + /index2.html ... /index11.html (10 a page), archives,
    categories and tags. The slug is the source's ``Slug`` where it sets one, else Pelican's slugify of
    the title (Vietnamese transliterated): the page whose headline link is the title names it. The
    page shows the date ("Tue 22 November 2022" in the sidebar's ``<time>``) and no byline (the author
    is only in ``<meta name="author">``)."""
    headlines: dict[str, list[str]] = {}
    for file in sorted(site.glob("*.html")):
        root = lxml.html.fromstring(file.read_bytes())
        link = root.cssselect("article header.page-header h1 a")
        if link:
            headlines.setdefault(" ".join(link[0].text_content().split()), []).append(f"/{file.name}")
    source = Repo(repo.gitdir, FAMILUG_SOURCE_COMMIT)
    posts: list[dict[str, Any]] = []
    for name in source.files("content"):
        if not name.endswith(".md") or "/pages/" in name:
            continue
        meta = pelican_metadata(source.show(name))
        if meta.get("status", "published") != "published":
            continue
        title = " ".join(meta["title"].split())
        if meta.get("slug"):
            path = f"/{meta['slug']}.html"
        else:
            paths = headlines.get(title, [])
            if len(paths) != 1:
                raise SystemExit(f"pelican-familug: {name}: {len(paths)} built pages headed {title!r}")
            path = paths[0]
        posts.append(
            {
                "path": path,
                "title": title,
                # "2022-11-22" or "2025/10/31": Pelican reads both as the day at the site's Asia/Ho_Chi_Minh
                "date": "-".join(re.match(r"(\d{4})[-/](\d{2})[-/](\d{2})", meta["date"]).groups()),  # type: ignore[union-attr]
                "categories": [meta["category"]] if meta.get("category") else [],
                "body": page_text(site, path, "div.article-content") if exists(site, path) else "",
            }
        )
    return {
        "generator": "pelican",
        "language": "vi",
        "pagination": "/ + /indexN.html (Pelican), 10 a page; archives, categories, tags",
        "truth_source": "content/*.md Pelican metadata on the main branch at the build's source commit (Title, "
        "Date, Slug, Status); body: the theme's div.article-content; no byline is shown",
        "origins": ["https://familug.github.io", "https://familug.org"],
        "posts": posts,
    }


USTCLUG_SOURCE = "197033053765990e05d8acf31afe36992493553d"  # master: the source of gh-pages build 1010


def jekyll_slug(stem: str) -> str:
    """The :title part Jekyll makes of a post file's name (date prefix dropped): a WordPress import's
    percent-encoded name ``linux%e7%89%88`` becomes ``linux-e7-89-88``."""
    return re.sub(r"[^0-9A-Za-z._~!$&'()+,;=@]+", "-", stem[11:]).strip("-")


STRAIGHT_QUOTES = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"'})


def jekyll_ustclug(repo: Repo, site: Path) -> dict[str, Any]:
    """Jekyll (Minimal Mistakes 4.27) of the USTC Linux User Group (中国科学技术大学 Linux 用户协会), built
    by GitHub Actions to the gh-pages branch from master. Two dated collections are posts: ``news``
    (/news/:year/:month/:title/, listed by /news/ + /news/N/, 5 a page) and ``planet`` (members'
    articles, same shape); the ``wiki`` collection (134 pages) and the finance and status pages are not.
    Title: the front matter's, except where jekyll-titles-from-headings replaced it by the first heading
    of the text (the page's headline, ``<title>`` and og:title all show that heading; listed in
    ``title_from_heading``) and where kramdown's smart quotes curl an apostrophe. Date: the front-matter
    date at +08:00 (the site's Asia/Shanghai), which the header's ``<time>`` prints. Author: the
    ``<meta name="author">`` the theme writes when the front-matter author is in _data/authors.yml; no
    visible byline. Body: ``section.page__content`` without the table of contents aside."""
    source = Repo(repo.gitdir, USTCLUG_SOURCE)
    posts: list[dict[str, Any]] = []
    from_heading: list[str] = []
    for name in source.files("pages/_news") + source.files("pages/_planet"):
        stem = Path(name).stem
        if not name.endswith(".md") or stem.startswith("_"):  # _template.md is the writers' template
            continue
        meta, _ = front_matter(source.show(name))
        stamp = meta.get("date") or stem[:10]
        moment = stamp if isinstance(stamp, datetime) else jekyll_time(str(stamp))
        day, iso = local_day(moment.isoformat(), 8)
        collection = name.split("/")[1].lstrip("_")
        path = f"/{collection}/{day[:4]}/{day[5:7]}/{jekyll_slug(stem)}/"
        root = page(site, path)
        headline = " ".join(root.cssselect("h1#page-title")[0].text_content().split())
        title = " ".join(str(meta.get("title") or "").split())
        if headline.translate(STRAIGHT_QUOTES) != title.translate(STRAIGHT_QUOTES):
            from_heading.append(path)
        author = root.xpath("//meta[@name='author']/@content")
        shown = root.cssselect("p.page__meta time")
        if not shown or shown[0].get("datetime", "")[:10] != day:
            raise SystemExit(f"jekyll-ustclug: {path}: the header's date is not {day}")
        posts.append(
            {
                "path": path,
                "title": headline,
                "date": day,
                "datetime": iso,
                "author": author[0].strip() if author else None,
                "categories": [str(c) for c in meta.get("categories") or []],
                "body": page_text(site, path, "section.page__content", ("aside.sidebar__right",)),
            }
        )
    return {
        "generator": "jekyll",
        "language": "zh",
        "pagination": "/news/ + /news/N/ and /planet/ + /planet/N/ (jekyll-paginate-v2, 5 a page); categories, tags",
        "truth_source": "pages/_news/**.md and pages/_planet/*.md front matter on master @ 19703305 (the source "
        "of the gh-pages build): date at +08:00, categories; title: the front matter's, or the headline "
        "jekyll-titles-from-headings put in its place (title_from_heading); author: <meta name=author> "
        "(front-matter authors listed in _data/authors.yml); body: section.page__content without the "
        "table of contents",
        "title_from_heading": from_heading,
        "origins": ["https://lug.ustc.edu.cn", "http://lug.ustc.edu.cn"],
        "posts": posts,
    }


ASURI_SOURCE = "016a54d9c8bb463816c9d3e8e57746d7e145cace"  # hexo branch: the source of the master build


def hexo_asuri(repo: Repo, site: Path) -> dict[str, Any]:
    """Hexo (the landscape theme, given per-post author bylines by the team) of Asuri, the CTF team of
    Nanjing University of Aeronautics and Astronautics; hexo-deployer-git writes the build to master from
    the hexo branch (the same minute). Permalink /:year/:month/:day/:title/, listed by / + /page/N/ (10 a
    page), archives, categories, tags and one page per author. Hexo ran on a UTC machine: the front-matter
    time is read at the configured Asia/Shanghai, the permalink takes its UTC day and the page prints the
    +08:00 day (``/2016/11/06/2016-suctf-writeup/`` shows 2016-11-07), which is the truth's. Author: the
    byline ``a.article-author-name``, the ``name`` of ``source/_authors/<authorId>.yml`` (the page's
    ``article:author`` meta is the site-wide "All Members"; a post whose authorId differs in case from its
    file has no byline and no author). Body: ``div.article-entry`` without the code
    gutter. Hexo's sample "Hello World" (dated 1970-01-01) is listed as ignored."""
    source = Repo(repo.gitdir, ASURI_SOURCE)
    built = {
        file.parent.name: "/" + file.parent.relative_to(site).as_posix() + "/"
        for file in site.glob("[0-9][0-9][0-9][0-9]/[0-9][0-9]/[0-9][0-9]/*/index.html")
    }
    # The build found a writer's file only where authorId matches its name's case: "Zedd" (zedd.yml)
    # gets no byline, and then the page shows no author.
    author_files = {Path(name).stem.lower(): name for name in source.files("source/_authors")}
    posts: list[dict[str, Any]] = []
    ignored: list[dict[str, str]] = []
    for name in source.files("source/_posts"):
        if not name.endswith(".md"):
            continue
        meta, _ = hexo_front_matter(source.show(name))
        stem = Path(name).stem
        path = built[stem]
        if stem == "hello-world":
            ignored.append({"path": path, "reason": "Hexo's sample post, dated 1970-01-01"})
            continue
        stamp = meta["date"]
        moment = stamp if isinstance(stamp, datetime) else jekyll_time(str(stamp))
        day, iso = local_day(moment.replace(tzinfo=None).isoformat(), 8)  # timezone: Asia/Shanghai
        root = page(site, path)
        if root.cssselect("a.article-date time")[0].text_content().strip() != day:
            raise SystemExit(f"hexo-asuri: {path}: the page does not print {day}")
        title = " ".join(str(meta["title"]).split())
        if " ".join(root.cssselect("h1.article-title")[0].text_content().split()) != title:
            raise SystemExit(f"hexo-asuri: {path}: the headline is not {title!r}")
        writer = yaml.safe_load(source.show(author_files[str(meta["authorId"]).lower()]))
        byline = root.cssselect("a.article-author-name")
        if byline and byline[0].text_content().strip() != writer["name"]:
            raise SystemExit(f"hexo-asuri: {path}: the byline is not {writer['name']!r}")
        posts.append(
            {
                "path": path,
                "title": title,
                "date": day,
                "datetime": iso,
                "author": writer["name"] if byline else None,
                "categories": [str(c) for c in meta.get("categories") or []],
                "body": page_text(site, path, "div.article-entry", (CODE_GUTTER,)),
            }
        )
    return {
        "generator": "hexo",
        "language": "zh",
        "pagination": "/page/N/ (Hexo), 10 a page; archives with /page/N/, categories, tags, /author/<id>/",
        "truth_source": "source/_posts/*.md front matter on the hexo branch @ 016a54d9 (title, date at +08:00, "
        "authorId); author: the name in source/_authors/<authorId>.yml, which the byline prints; body: the "
        "theme's div.article-entry without the code gutter",
        "origins": ["http://asuri.org", "https://asuri.org", "http://www.asuri.org", "https://www.asuri.org"],
        "ignored": ignored,
        "posts": posts,
    }


KAIYUANSHE_SOURCE = "725d5e27347363a466eb3bfb7ae70c3065402152"  # kaiyuanshe/Wiki: the build's source/ submodule
KAIYUANSHE_NOT_POSTS = ("Profile", "Project")  # about, charter, contact, rosters; project descriptions


def hexo_kaiyuanshe(repo: Repo, site: Path) -> dict[str, Any]:
    """Hexo (the association's own Electron theme) of 开源社 (KAIYUANSHE, a Chinese open-source alliance),
    the 2019 site kept read-only; hexo-deployer-git wrote master from the hexo branch, whose source/ is the
    kaiyuanshe/Wiki repository (a submodule, @ 725d5e27 in that build). Posts live at their source folder
    lower-cased, /<category>/<sub>/<name>/ (hexo-auto-category, permalink :title/), listed by / + /page/N/
    (5 a page), categories and archives; every page sets ``<base href="/">`` and links posts relatively.
    Every page's ``<title>`` is the site's name alone; the headline is the section's ``<h1>``. The byline
    prints the front-matter date as written (no timezone is configured) and one link per front-matter
    author (GitHub handles, or names). Body: ``main.markdown-body`` (the event box "活动简讯" after it is the
    event's time and place, not text). Profile (about, charter, contact, council rosters) and Project
    (project descriptions) documents are Hexo posts too, but pages of the association, not news: they are
    listed as ignored."""
    source = Repo(Path(str(repo.gitdir).replace("kaiyuanshe.github.io", "Wiki")), KAIYUANSHE_SOURCE)
    posts: list[dict[str, Any]] = []
    ignored: list[dict[str, str]] = []
    for name in source.files("_posts"):
        if not name.endswith(".md"):
            continue
        folders = Path(name).parent.parts[1:]
        path = "/" + "/".join(part.lower() for part in (*folders, Path(name).stem)) + "/"
        if folders[0] in KAIYUANSHE_NOT_POSTS:
            ignored.append({"path": path, "reason": f"a {folders[0]} document: a page of the association"})
            continue
        meta, _ = front_matter(source.show(name))
        root = page(site, path)
        headline = " ".join(root.cssselect("section.blog-post h1")[0].text_content().split())
        title = " ".join(str(meta["title"]).split())
        if headline != title:
            raise SystemExit(f"hexo-kaiyuanshe: {path}: the headline is not {title!r}")
        stamp = meta["date"]
        day = stamp.date().isoformat() if isinstance(stamp, datetime) else str(stamp)[:10]
        printed = root.cssselect(".blog-byline .blog-index-time")[0].text_content().strip()
        if printed[:10] != day:
            raise SystemExit(f"hexo-kaiyuanshe: {path}: the byline prints {printed!r}, not {day}")
        writers = [str(w) for w in meta.get("authors") or []]
        shown = [" ".join(a.text_content().split()) for a in root.cssselect(".blog-byline a.author-link")]
        if shown != writers:
            raise SystemExit(f"hexo-kaiyuanshe: {path}: the byline shows {shown}, not {writers}")
        posts.append(
            {
                "path": path,
                "title": title,
                "date": day,
                "datetime": stamp.isoformat() if isinstance(stamp, datetime) else None,
                "author": ", ".join(writers) or None,
                "categories": [str(c) for c in meta.get("categories") or []],
                "body": page_text(site, path, "main.markdown-body"),
            }
        )
    return {
        "generator": "hexo",
        "language": "zh",
        "pagination": "/ + /page/N/ (Hexo, 5 a page), categories with /page/N/, archives; relative links under "
        '<base href="/">',
        "truth_source": "kaiyuanshe/Wiki _posts/**.md front matter @ 725d5e27 (the build's source/ submodule): "
        "title, date as written, authors (the byline's links); body: the theme's main.markdown-body; "
        "Profile and Project documents listed as ignored",
        "origins": ["http://kaiyuanshe.cn", "https://kaiyuanshe.cn", "http://kaiyuanshe.github.io"],
        "ignored": ignored,
        "posts": posts,
    }


def hugo_iggg(repo: Repo, site: Path) -> dict[str, Any]:
    """Hugo 0.58 (dopetrope theme) of IGGG, Gunma University's computer club (群馬大学電子計算機研究会), built to
    docs/ by GitHub Actions with config-prod.toml: baseURL https://iggg.github.io/new.iggg.org/ and canonifyURLs,
    so every link is absolute (menu links even read ``…new.iggg.org//news``). News posts at
    /news/<year>/<MM-DD>/ (``content/news/<year>/<MM-DD>.md``), listed at /news/ + /news/page/N/ (10 a page)
    and in the footer's "What's New"; old slugs (``/news/joined_to_ctf4b2015nagano/``) are Hugo alias pages,
    a meta refresh to the post. ``<title>`` is the site's name on every page; the headline is the article's
    ``header h2``, the date "Posted 13 Jul 2015" under it, no byline."""
    posts: list[dict[str, Any]] = []
    for name in repo.files("content/news"):
        if not name.endswith(".md") or name.endswith("_index.md"):
            continue
        meta, _ = front_matter(repo.show(name))
        if meta.get("draft"):
            continue
        rel = Path(name).relative_to("content/news").with_suffix("")
        path = f"/news/{rel.as_posix().lower()}/"
        stamp = meta["date"]
        day = stamp.isoformat()[:10] if hasattr(stamp, "isoformat") else str(stamp)[:10]
        title = " ".join(str(meta["title"]).split())
        body = ""
        if exists(site, path):
            # the pages declare <meta charset=utf-8> after <title>: lxml, given bytes, reads the title as Latin-1
            root = lxml.html.fromstring((site / path.strip("/") / "index.html").read_text(encoding="utf-8"))
            shown = root.cssselect("article.post header h2")
            if not shown or " ".join(shown[0].text_content().split()) != title:
                raise SystemExit(f"hugo-iggg: {path}: the headline is not {title!r}")
            posted = root.cssselect("article.post header p")[0].text_content().strip()  # "Posted 13 Jul 2015"
            if datetime.strptime(posted.removeprefix("Posted "), "%d %b %Y").date().isoformat() != day:
                raise SystemExit(f"hugo-iggg: {path}: the page's {posted!r} is not {day}")
            body = text_of(root.cssselect("article.post div.post-content")[0])
        posts.append(
            {
                "path": path,
                "title": title,
                "date": day,
                "author": None,  # the page shows no byline (the theme prints none)
                "body": body,
            }
        )
    return {
        "generator": "hugo",
        "language": "ja",
        "pagination": "/news/ + /news/page/N/ (Hugo, 10 a page); alias pages (meta refresh) at old slugs",
        "truth_source": "content/news/<year>/<MM-DD>.md front matter (title, date); body: the theme's "
        "article.post div.post-content; no byline is shown",
        "origins": ["https://iggg.github.io/new.iggg.org", "https://www.iggg.org"],
        "posts": posts,
    }


def hugo_swissrn(repo: Repo, site: Path) -> dict[str, Any]:
    """Hugo 0.106 (hugo-future-imperfect-slim theme) of the Swiss Reproducibility Network, an association of
    Swiss research institutions; docs/ committed. News posts at /news/<file name, lower-cased, spaces as
    hyphens>/ (``content/news/*.md``, TOML front matter), listed at /news/ + /news/page/N/ and on the home
    page + /page/N/ (4 a page), by category and tag. The post page prints the headline, the front matter's
    description under it, the date ("June 12, 2024") and the author. Academy, resources, slides, nodes and
    the organisation's pages are not posts; neither are the PDFs and newsletter HTML copies under /news/."""
    posts: list[dict[str, Any]] = []
    for name in repo.files("content/news"):
        if not name.endswith(".md") or name.endswith("_index.md") or "/images/" in name:
            continue
        meta, _ = front_matter(repo.show(name))
        if meta.get("draft"):
            continue
        slug = meta.get("slug") or Path(name).stem.lower().replace(" ", "-")
        path = str(meta["url"]) if meta.get("url") else f"/news/{slug}/"
        stamp = meta["date"]
        day = stamp.isoformat()[:10] if hasattr(stamp, "isoformat") else str(stamp)[:10]
        title = " ".join(str(meta["title"]).split())
        body = ""
        if exists(site, path):
            root = page(site, path)
            shown = root.cssselect("article.post header div.title h2")
            if not shown or " ".join(shown[0].text_content().split()) != title:
                raise SystemExit(f"hugo-swissrn: {path}: the headline is not {title!r}")
            shown_day = root.cssselect("article.post header time.published")
            if not shown_day or (shown_day[0].get("datetime") or "")[:10] != day:
                raise SystemExit(f"hugo-swissrn: {path}: the page's date is not {day}")
            byline = root.cssselect("article.post header span.author")
            shown_author = byline[0].text_content().strip() if byline else None
            if shown_author != (str(meta.get("author") or "").strip() or None):
                raise SystemExit(f"hugo-swissrn: {path}: the byline is not the front matter's author")
            body = page_text(site, path, "article.post div.content")
        author = str(meta["author"]).strip() if meta.get("author") else None
        posts.append(
            {
                "path": path,
                "title": title,
                "date": day,
                "author": author,
                "categories": [str(c) for c in meta.get("categories") or []],
                "body": body,
            }
        )
    return {
        "generator": "hugo",
        "language": "en",
        "pagination": "/ + /page/N/ and /news/ + /news/page/N/ (Hugo, 4 a page), categories and tags",
        "truth_source": "content/news/*.md TOML front matter (title, date, author, url/slug); body: the "
        "theme's article.post div.content",
        "origins": ["http://www.swissrn.org", "https://www.swissrn.org", "https://crsuzh.github.io/SwissRN"],
        "posts": posts,
    }


def jekyll_ccuffs(repo: Repo, site: Path) -> dict[str, Any]:
    """Jekyll (a Bootstrap theme of the course's own) of the Computer Science course of the Universidade
    Federal da Fronteira Sul (Chapecó, Brazil); _site/ committed from a development build (url
    http://localhost:4000). Posts in ``_posts/<category>/YYYY-MM-DD-slug.md``, permalink pretty
    (/<category>/Y/M/D/slug/) unless the post sets ``permalink: /:categories/:title/``; listed on the home
    page and /noticias/ (all posts, no pager), /postagens/. The page shows the headline ``div.post-title h1``,
    the date (``time[itemprop=datePublished]``) and the byline ``span[itemprop=author]``: the front matter's
    author, else the site owner "Coordenação". Course pages (ensino, pesquisa, extensão...) and the theme's
    template demos are not posts."""
    owner = str(yaml.safe_load(repo.show("_config.yml"))["owner"]["name"])
    posts: list[dict[str, Any]] = []
    for name in repo.files("_posts"):
        if not name.endswith((".md", ".markdown", ".html")):
            continue
        meta, _ = front_matter(repo.show(name))
        if meta.get("published") is False:
            continue
        match = re.match(r"(\d{4})-(\d{2})-(\d{2})-(.+)\.\w+$", Path(name).name)
        if not match:
            continue
        year, month, day, slug = match.groups()
        categories = meta.get("categories") or Path(name).parent.relative_to("_posts").parts
        categories = categories.split() if isinstance(categories, str) else [str(c) for c in categories]
        prefix = "/".join(categories)
        if meta.get("permalink"):
            path = str(meta["permalink"]).replace(":categories", prefix).replace(":title", slug)
        else:
            path = f"/{prefix}/{year}/{month}/{day}/{slug}/"
        title = " ".join(str(meta["title"]).split())
        author = str(meta.get("author") or owner)
        body = ""
        if exists(site, path):
            root = page(site, path)
            shown = root.cssselect("div.post-title h1")
            byline = root.cssselect("span[itemprop=author]")
            if not shown or " ".join(shown[0].text_content().split()) != title:
                raise SystemExit(f"jekyll-ccuffs: {path}: the headline is not {title!r}")
            if not byline or byline[0].text_content().strip() != author:
                raise SystemExit(f"jekyll-ccuffs: {path}: byline is not {author!r}")
            shown_day = root.cssselect("time[itemprop=datePublished]")
            if not shown_day or shown_day[0].text_content().strip() != f"{year}-{month}-{day}":
                raise SystemExit(f"jekyll-ccuffs: {path}: the page's date is not {year}-{month}-{day}")
            body = page_text(site, path, "div#content.post-content", drop=("div.post-footer",))
        posts.append(
            {
                "path": path,
                "title": title,
                "date": f"{year}-{month}-{day}",
                "author": author,
                "categories": categories,
                "body": body,
            }
        )
    return {
        "generator": "jekyll",
        "language": "pt",
        "pagination": "none: /noticias/ and the home list every post; /postagens/",
        "truth_source": "_posts/**/YYYY-MM-DD-slug.md (file name date, front matter title, categories, "
        "permalink, author else the config's owner.name, as the byline shows); body: div#content.post-content "
        "without div.post-footer",
        "origins": ["http://localhost:4000", "https://cc.uffs.edu.br"],
        "posts": posts,
    }


def jalali_to_gregorian(year: int, month: int, day: int) -> date:
    """The Gregorian day of a Solar Hijri (Jalali) date, counted from 1 Farvardin 979 (20 March 1600) in
    cycles of 33 years with 8 leap years; tehlug's pages print only the Jalali date. Checked against the
    metadata's Gregorian day of every post (83 of 83, 1386-1392)."""
    year -= 979
    days = 365 * year + (year // 33) * 8 + ((year % 33) + 3) // 4  # leap days before this year
    days += 31 * (month - 1) if month <= 7 else 186 + 30 * (month - 7)  # 6 months of 31 days, then 30
    return date(1600, 3, 19) + timedelta(days=days + day)


def flask_tehlug(repo: Repo, site: Path) -> dict[str, Any]:
    """Tehran LUG (گروه کاربران لینوکس تهران), a Linux user group: Flask-FlatPages frozen by Frozen-Flask
    (``sitebuilder.py``) into build/, with ``FREEZER_BASE_URL='/build'``, so every link reads /build/...
    and the repository's root is the web root. Session reports at /build/reports/session-N/ and news at
    /build/news/news_N/ (``pages/{reports,news}/*.md``, FlatPages metadata title, date, tags,
    ``date_string``), listed whole at /build/reports/ and /build/news/ (no pager) and the home's five
    newest reports. ``<title>`` is the group's name on every page; a post shows its title and its date
    only as the Solar Hijri ``date_string`` (1386/08/02) in ``div.title``/``div.date``, no byline (a
    report lists the attendees). Persian, right to left."""
    posts: list[dict[str, Any]] = []
    for name in [*repo.files("pages/reports"), *repo.files("pages/news")]:
        if not name.endswith(".md"):
            continue
        source = repo.show(name).decode("utf-8")
        head = source.split("\n\n", 1)[0]  # FlatPages: YAML metadata up to the first blank line
        meta = yaml.safe_load(head)
        path = "/build/" + name.removeprefix("pages/").removesuffix(".md") + "/"
        stamp = meta["date"]
        day = stamp.date() if isinstance(stamp, datetime) else datetime.fromisoformat(str(stamp)).date()
        title = " ".join(str(meta["title"]).split())
        body = ""
        if exists(site, path):
            root = page(site, path)
            content = root.cssselect("#content")[0]
            shown_title = " ".join(content.cssselect("div.title")[0].text_content().split())
            shown_date = " ".join(content.cssselect("div.date")[0].text_content().split())
            if shown_title != title:
                raise SystemExit(f"flask-tehlug: {path}: the page's title is not {title!r}")
            jalali = jalali_to_gregorian(*(int(n) for n in shown_date.split("/")))
            if jalali != day:
                raise SystemExit(f"flask-tehlug: {path}: {shown_date} is {jalali}, the metadata says {day}")
            # the title and the date line are the post's metadata; the subject (the session's talk), the
            # text, the attachments and the attendees are what it says
            body = page_text(site, path, "#content", drop=("div.title", "div.date"))
        posts.append(
            {
                "path": path,
                "title": title,
                "date": day.isoformat(),
                "author": None,
                "categories": [str(t) for t in meta.get("tags") or []],
                "body": body,
            }
        )
    return {
        "generator": "flask-frozen (Flask-FlatPages)",
        "language": "fa",
        "pagination": "none: /build/reports/ and /build/news/ list every post; the home lists five",
        "truth_source": "pages/{reports,news}/*.md FlatPages metadata (title, Gregorian date, checked against the "
        "page's Solar Hijri date_string); body: #content without div.title and div.date",
        "home": "/build/",
        "origins": [],
        "posts": posts,
    }


def mount_under(site: Path, prefix: str) -> None:
    """Move the built tree under ``prefix``: a GitHub project site is served below /<repository>/, and its
    pages link /<repository>/... (the files' place in the repository's folder is the path's rest)."""
    staging = site.with_name(site.name + ".mount")
    site.rename(staging)
    (site / prefix.strip("/")).parent.mkdir(parents=True, exist_ok=True)
    staging.rename(site / prefix.strip("/"))


def eleventy_brc_weeknotes(repo: Repo, site: Path) -> dict[str, Any]:
    """Eleventy 3 (eleventy-base-blog) of the British Red Cross GIS & Information Management team's
    weeknotes, built to docs/ and served by GitHub Pages below /gis_im_weeknotes/, where every link points.
    Posts at /gis_im_weeknotes/blog/<YYYY-MM-DD>/, listed on the home (the ten newest) and whole at /blog/,
    chained by next/previous links; no pager. The build's Atom feed (docs/feed/feed.xml) holds every post
    with its full content: its entries are the posts (one, 2025-04-10, is built and listed though its
    source says ``draft: true``). A post page shows ``main h1``, the date (``ul.post-metadata time``) and no
    byline (the feed's author is the team)."""
    mount_under(site, "/gis_im_weeknotes/")
    feed = lxml.etree.fromstring(repo.show("docs/feed/feed.xml"))
    atom = {"a": "http://www.w3.org/2005/Atom"}
    posts: list[dict[str, Any]] = []
    pairs: list[tuple[str, str]] = []
    for entry in feed.iterfind("a:entry", atom):
        path = urlsplit(entry.find("a:link", atom).get("href")).path
        title = " ".join((entry.findtext("a:title", namespaces=atom) or "").split())
        day = (entry.findtext("a:updated", namespaces=atom) or "")[:10]
        source, _ = front_matter(repo.show(f"content/blog/{day}.md"))
        if str(source["date"]) != day or " ".join(str(source["title"]).split()) != title:
            raise SystemExit(f"eleventy-brc-weeknotes: {path}: the feed and content/blog/{day}.md disagree")
        body = ""
        if exists(site, path):
            root = page(site, path)
            main = root.cssselect("main")[0]
            if " ".join(main.cssselect("h1")[0].text_content().split()) != title:
                raise SystemExit(f"eleventy-brc-weeknotes: {path}: the headline is not {title!r}")
            if main.cssselect("ul.post-metadata time")[0].get("datetime") != day:
                raise SystemExit(f"eleventy-brc-weeknotes: {path}: the page's date is not {day}")
            # the body is main without the headline, the date line and the next/previous links
            body = page_text(
                site, path, "main", drop=("main > h1:first-child", "ul.post-metadata", "ul.links-nextprev")
            )
            pairs.append((html_fragment_text(entry.findtext("a:content", namespaces=atom) or ""), body))
        posts.append({"path": path, "title": title, "date": day, "author": None, "body": body})
    return {
        "generator": "eleventy (eleventy-base-blog)",
        "language": "en",
        "pagination": "none: the home lists the ten newest, /blog/ every post; next/previous links",
        "truth_source": "docs/feed/feed.xml entries (title, link, updated; checked against content/blog/*.md and "
        "the page's h1 and time); body: main without h1, ul.post-metadata and ul.links-nextprev",
        "index_agreement": index_agreement(pairs),
        "home": "/gis_im_weeknotes/",
        "origins": ["https://britishredcrosssociety.github.io"],
        "posts": posts,
    }


# --- Fifth round of held-out sites, Chinese (docs/realsites.md, "Held-out sites, fifth round (Chinese)") ---------


def utf8_page(site: Path, path: str) -> lxml.html.HtmlElement:
    """A page of a site that writes UTF-8 throughout, read as text: given bytes, lxml guesses the encoding
    from the first bytes, and a comment before ``<meta charset>`` (Kratos-Rebirth's "<!-- 元数据 -->") makes it
    read the page as Latin-1."""
    file = site / unquote(path).lstrip("/")
    if path.endswith("/"):
        file = file / "index.html"
    return lxml.html.fromstring(file.read_text(encoding="utf-8"))


def selected_text(root: lxml.html.HtmlElement, selector: str, drop: tuple[str, ...] = ()) -> str:
    """Text of the first ``selector`` element of a parsed page, without the ``drop`` elements (as page_text)."""
    found = root.cssselect(selector)
    if not found:
        raise ValueError(f"no {selector!r}")
    for unwanted in drop:
        for element in found[0].cssselect(unwanted):
            element.tail = None
            element.getparent().remove(element)
    return text_of(found[0])


QIDIAN_SOURCE = "46ebe2064ea22a59e5ff634a53cd35de76b87a3e"  # main, pushed 23 s after the gh-pages build it made
QIDIAN_NOT_POSTS = ("社团简介",)  # the club's pinned introduction (sticky: 100): a page of the association
QIDIAN_SITE_AUTHOR = "奇点科普科幻协会"  # _config.yml author


def hexo_qidian(repo: Repo, site: Path) -> dict[str, Any]:
    """Hexo 8 (the Kratos-Rebirth theme) of 奇点科普科幻协会, the science and science-fiction association of
    Chengdu University of Technology; GitHub Actions build the main branch into gh-pages. Permalink
    posts/:title/ (the Markdown file's name, Chinese, full-width punctuation kept), listed by / + /page/N/
    (10 a page), archives by year and month with /page/N/, categories and tags. Timezone Asia/Shanghai: the
    page's ``<time datetime>`` is UTC and prints the +08:00 day, which is the truth's. Author: the byline
    ``li[itemprop=author] span[itemprop=name]`` ("作者 夏亚"), the front-matter ``author`` (checked); the page's
    ``article:author`` meta is the site's name on every post. Body: ``div[itemprop=articleBody]`` (the
    copyright line, tags and "最后编辑" footer come after it). The pinned club introduction is ignored."""
    source = Repo(repo.gitdir, QIDIAN_SOURCE)
    posts: list[dict[str, Any]] = []
    ignored: list[dict[str, str]] = []
    for name in source.files("source/_posts"):
        if not name.endswith(".md"):
            continue
        meta, _ = hexo_front_matter(source.show(name))
        stem = Path(name).stem
        path = f"/posts/{stem}/"
        if stem in QIDIAN_NOT_POSTS:
            ignored.append({"path": path, "reason": "the club's pinned introduction: a page of the association"})
            continue
        stamp = meta["date"]
        moment = stamp if isinstance(stamp, datetime) else jekyll_time(str(stamp))
        day, iso = local_day(moment.replace(tzinfo=None).isoformat(), 8)  # timezone: Asia/Shanghai
        root = utf8_page(site, path)
        printed = root.cssselect("time[itemprop=datePublished]")[0].text_content().strip()
        if printed != day:
            raise SystemExit(f"hexo-qidian: {path}: the page prints {printed!r}, not {day}")
        title = " ".join(str(meta["title"]).split())
        if " ".join(root.cssselect("h1.kratos-page-title")[0].text_content().split()) != title:
            raise SystemExit(f"hexo-qidian: {path}: the headline is not {title!r}")
        byline = root.cssselect("li[itemprop=author] span[itemprop=name]")
        writer = " ".join(byline[0].text_content().split()) if byline else None
        # a post without an author of its own shows the site's (_config.yml author), the association's name
        expected = str(meta["author"]).strip() if meta.get("author") else QIDIAN_SITE_AUTHOR
        if writer != expected:
            raise SystemExit(f"hexo-qidian: {path}: the byline is {writer!r}, not {expected!r}")
        posts.append(
            {
                "path": path,
                "title": title,
                "date": day,
                "datetime": iso,
                "author": writer,
                "categories": [str(c) for c in meta.get("categories") or []],
                "body": selected_text(root, "div[itemprop=articleBody]", (CODE_GUTTER,)),
            }
        )
    return {
        "generator": "hexo",
        "language": "zh",
        "pagination": "/ + /page/N/ (Hexo, 10 a page), archives by year/month with /page/N/, categories, tags",
        "truth_source": "source/_posts/*.md front matter on main @ 46ebe206 (title, date at +08:00, author, "
        "categories; checked against the headline, the printed day and the byline); body: the theme's "
        "div[itemprop=articleBody]; the pinned club introduction ignored",
        "origins": ["https://qidian.space", "http://qidian.space"],
        "ignored": ignored,
        "posts": posts,
    }


SJTUG_SOURCE = "abf968ad1e5c40bcd674ccb2914ec84c85363edf"  # sjtug/portal: "deploy: sjtug/portal@abf968ad"


def hugo_sjtug(repo: Repo, site: Path) -> dict[str, Any]:
    """Hugo 0.83 (the group's own "sjtug" theme) of SJTUG, the SJTU *NIX User Group of Shanghai Jiao Tong
    University; GitHub Actions deploy sjtug/portal to this repository's master (one commit, the build of
    sjtug/portal @ abf968ad). baseURL https://sjtug.org/ with canonifyURLs: every link is absolute. Posts at
    /post/<file>/ and /post/mirror-news/<file>/, listed by / + /page/N/, /post/ + /post/page/N/ and tag pages
    with /page/N/; the header prints "March 9, 2017" (the front-matter date in its own +08:00 zone), then the
    author after a user icon, and, on events, the place and the event's time (``activity_time``, another day).
    The 73 mirror-help pages (``content/post/mirror-help``, undated: the header prints "January 1, 0001") are
    the mirror's usage documentation, and the theme's four sample posts (built from the theme's own content/)
    are not the group's: both ignored. Body: ``section#post-body``."""
    source = Repo(Path(str(repo.gitdir).replace("sjtug.github.io", "portal")), SJTUG_SOURCE)
    posts: list[dict[str, Any]] = []
    ignored: list[dict[str, str]] = []
    for name in source.files("content/post"):
        if not name.endswith(".md") or name.endswith("_index.md"):
            continue
        # some files open with a blank line before "+++", which Hugo skips
        meta, _ = front_matter(source.show(name).lstrip())
        rel = Path(name).relative_to("content/post").with_suffix("")
        path = f"/post/{rel.as_posix().lower()}/"
        if rel.parts[0] == "mirror-help":
            ignored.append({"path": path, "reason": "a mirror's usage documentation, undated"})
            continue
        if meta.get("draft"):
            continue
        stamp = meta["date"]
        moment = stamp if isinstance(stamp, datetime) else jekyll_time(str(stamp))
        day = moment.date().isoformat()  # Hugo prints the date in its own zone (+08:00 throughout)
        root = utf8_page(site, path)
        header = root.cssselect("article.post header")[0]
        headline = " ".join(header.cssselect("h1")[0].text_content().split())
        title = " ".join(str(meta["title"]).split())
        if headline != title:
            raise SystemExit(f"hugo-sjtug: {path}: the headline is {headline!r}, not {title!r}")
        printed = (header.cssselect("h2.headline")[0].text or "").strip()
        if datetime.strptime(printed, "%B %d, %Y").date().isoformat() != day:
            raise SystemExit(f"hugo-sjtug: {path}: the header prints {printed!r}, not {day}")
        icon = header.cssselect("h2.headline i.fa-user")
        writer = " ".join((icon[0].tail or "").split()) if icon else None
        if writer != (str(meta["author"]).strip() if meta.get("author") else None):
            raise SystemExit(f"hugo-sjtug: {path}: the byline is {writer!r}, not {meta.get('author')!r}")
        posts.append(
            {
                "path": path,
                "title": title,
                "date": day,
                "datetime": moment.isoformat(),
                "author": writer or None,
                "body": selected_text(root, "section#post-body", (CHROMA_GUTTER,)),
            }
        )
    # Hugo builds the theme's own content/ with the site's: four sample posts of the theme's author ("Getting
    # Started with Hugo", 2014), listed in /post/ like the group's, as Hexo's "Hello World" is on hexo-asuri
    for name in source.files("themes/sjtug/content/post"):
        if name.endswith(".md"):
            ignored.append({"path": f"/post/{Path(name).stem.lower()}/", "reason": "the theme's sample post"})
    return {
        "generator": "hugo",
        "language": "zh",
        "pagination": "/ + /page/N/, /post/ + /post/page/N/, tags with /page/N/ (Hugo)",
        "truth_source": "sjtug/portal content/post/**.md front matter @ abf968ad (title, date, author; checked "
        "against the headline, the printed day and the byline); body: the theme's section#post-body; the "
        "mirror-help documentation pages and the theme's sample posts ignored",
        "origins": ["https://sjtug.org", "http://sjtug.org"],
        "ignored": ignored,
        "posts": posts,
    }


PYCONTW_SOURCE = "1d9e064184f901cddedfe6c0456020d835c09f0b"  # main: "deploy: 1d9e0641" is the gh-pages commit


def pelican_pycontw(repo: Repo, site: Path) -> dict[str, Any]:
    """Pelican (the Flex theme, with the organisers' overrides) of PyCon Taiwan's blog, the news of the
    volunteer association that runs Taiwan's Python conference; GitHub Actions build main into gh-pages.
    Posts at /<slug>.html at the root (``Slug``, else the file's name), listed by index.html + index2.html …
    index8.html (10 a page), archives, categories, tags and authors. Traditional Chinese, with English and
    bilingual posts (the conference's own announcements). The header prints "Posted on Tue 21 September 2021
    in <category>" (``Date`` in the configured Asia/Taipei); no byline is shown, but ``<meta name="author">``
    names the post's first author (``Authors``), which is the truth's author. Body: the ``div`` after the
    article header (the tag cloud and the applause button follow it) without the table of contents that
    Markdown's ``[TOC]`` writes into 12 posts (``div.toc``, the headings' links, as kramdown's on
    jekyll-melonteam), and without the text's first line where it is a heading repeating the title (4
    posts: the headline again, left out as on hugo-nwpu-bbic)."""
    source = Repo(repo.gitdir, PYCONTW_SOURCE)
    posts: list[dict[str, Any]] = []
    for name in source.files("content/posts"):
        if not name.endswith(".md"):
            continue
        meta = pelican_metadata(source.show(name))
        if meta.get("status", "published").lower() != "published":
            continue
        path = f"/{meta.get('slug') or Path(name).stem}.html"
        day = meta["date"][:10]
        root = utf8_page(site, path)
        header = root.cssselect("article.single header")[0]
        title = " ".join(meta["title"].split())
        if " ".join(header.cssselect("h1")[0].text_content().split()) != title:
            raise SystemExit(f"pelican-pycontw: {path}: the headline is not {title!r}")
        posted = " ".join(header.cssselect("p")[0].text_content().split())  # "Posted on Tue 21 September 2021 in x"
        shown_day = re.search(r"Posted on \w+ (\d+ \w+ \d{4})", posted)
        if not shown_day or datetime.strptime(shown_day.group(1), "%d %B %Y").date().isoformat() != day:
            raise SystemExit(f"pelican-pycontw: {path}: the header prints {posted!r}, not {day}")
        writers = [w.strip() for w in meta.get("authors", meta.get("author", "")).split(",") if w.strip()]
        shown = root.xpath("//meta[@name='author']/@content")
        writer = shown[0].strip() if shown else None
        if writer != (writers[0] if writers else None):
            raise SystemExit(f"pelican-pycontw: {path}: the author meta is {writer!r}, not {writers[:1]}")
        body = selected_text(root, "article.single > header + div", ("div.toc",))
        first, _, rest = body.partition("\n")
        if " ".join(first.split()) == title:
            body = rest  # the text's own heading repeating the title, as hugo-nwpu-bbic's: the headline again
        posts.append(
            {
                "path": path,
                "title": title,
                "date": day,
                "author": writer,
                "categories": [meta["category"]] if meta.get("category") else [],
                "body": body,
            }
        )
    return {
        "generator": "pelican",
        "language": "zh-TW",
        "pagination": "index.html + index2.html … (Pelican, 10 a page), archives, categories, tags, authors",
        "truth_source": "content/posts/*.md metadata on main @ 1d9e0641 (Title, Date, Slug, Authors, Category; "
        "checked against the headline, the printed day and <meta name=author>, which names the first author); "
        "body: the theme's div after the article header, without the [TOC] table of contents (div.toc)",
        "origins": ["https://conf.python.tw", "http://conf.python.tw"],
        "posts": posts,
    }


# --- sixth round of held-out sites, Chinese and CMS (docs/realsites.md, "Held-out sites, sixth round") ----------


def cms_hncic(repo: Repo, site: Path) -> dict[str, Any]:
    """DedeCMS (织梦) static mirror of 海南建设信息网, a construction-industry information portal run with the
    ministry's trade media: channel home pages /index1.html … /index20.html, column listings /<column>/index.html
    + list_<typeid>_<n>.html ("上一页/下一页"), articles at the root (/<id>.html) and under the policy channel
    (/zhengcefagui/<column>/<id>.html), galleries (/Y/MMDD/<id>.html). The mirror is partial: many links of the
    listings lead to pages it does not hold. No source or feed exists: the truth is the CMS article template,
    ``h2.biaoti`` (the headline), the "时间：2014-06-06 10:21" item of ``ul.xinxi`` (its "来源：" item names the
    portal, a source and no author) and the text of ``div.nr``; the breadcrumb's last column is the category.
    An article DedeCMS split into pages (<id>_2.html, <id>_3.html …, linked by the pager under the text) is one
    post at its first page, whose body is the first page's text; the further pages are ignored. Galleries (a
    headline and a photo strip, no date) and the portal's single pages (about us, contact, in the article
    template without the date line) are no posts; galleries are ignored, single pages count as non-articles."""
    posts, ignored = [], []
    for file in sorted(site.rglob("*.html")):
        rel = file.relative_to(site).as_posix()
        if rel.startswith(("uploads/", "templets/")):
            continue
        path = "/" + rel
        root = lxml.html.fromstring(file.read_bytes().decode("utf-8"))
        if re.fullmatch(r"\d{4}/\d{4}/\d+\.html", rel) and root.cssselect("h3.aklsfh"):
            ignored.append({"path": path, "reason": "a gallery: a headline and a photo strip, no date"})
            continue
        headline = root.cssselect("h2.biaoti")
        stamp = re.search(
            r"时间：\s*(\d{4}-\d{2}-\d{2})", " ".join(e.text_content() for e in root.cssselect("ul.xinxi"))
        )
        if not headline or not stamp:
            continue
        if re.search(r"/\d+_\d+\.html$", path):
            ignored.append({"path": path, "reason": "a further page of an article DedeCMS split into pages"})
            continue
        trail = [a.text_content().strip() for a in root.cssselect("h3.list-h3sz a")]
        posts.append(
            {
                "path": path,
                "title": " ".join(headline[0].text_content().split()),
                "date": stamp.group(1),
                "categories": trail[-1:],
                "body": text_of(root.cssselect("div.nr")[0]),
            }
        )
    return {
        "generator": "DedeCMS (static mirror)",
        "language": "zh",
        "pagination": "/<column>/index.html + list_<typeid>_<n>.html (DedeCMS), channel homes /indexN.html",
        "truth_source": "the CMS article template (no source or feed exists): h2.biaoti, the '时间：' item of "
        "ul.xinxi, div.nr (first page of a split article), the breadcrumb's last column",
        "origins": ["http://www.hncic.net", "https://www.hncic.net"],
        "ignored": ignored,
        "posts": posts,
    }


TRS_URL_DAY = re.compile(r"/t(\d{4})(\d{2})(\d{2})_\d+\.html$")


def trs_pmodlh(repo: Repo, site: Path) -> dict[str, Any]:
    """TRS WCM (拓尔思, the CMS of Chinese government and Academy of Sciences sites) static mirror of the
    Qinghai Station of the CAS Purple Mountain Observatory (紫金山天文台青海观测站): a Chinese edition (home
    /index.html, columns /<column>/<sub>/index.html + index_<n>.html) and an English one (home /index1.html,
    /ns/, /rh/), articles /<column>/<sub>/<YYYYMM>/t<YYYYMMDD>_<id>.html. No source or feed exists: the truth
    is the CMS's article templates. Chinese: the headline ``td.black_20_600``, the day under it printed
    "| 19-01-04 |" (two-digit year; the truth's day), and the text of ``#content``. TRS names the file by the day
    the document entered the CMS: on 29 of the 124 Chinese posts (the recruitment notices and the 2010–2017 posts
    moved in in 2015 and 2018) it is not the printed day, which wins. English: the headline ``td.black14600``, the
    text of ``#zoom``; the page prints no date, so the truth's day is the file name's, the only one the site
    gives (``url_day_only`` lists them). A page of the
    Chinese template without the day line is a single page of the station (its introduction, groups, contact)
    and counts as a non-article; the photo library's pages (one image and a number, /pic_edlh_pmo/tpk/…) and
    the two researchers' profiles under 人才队伍 (/rydw/yjy/…, a person's page in the article template, dated)
    are ignored."""
    posts, ignored, differs = [], [], []
    for file in sorted(site.rglob("*.html")):
        rel = file.relative_to(site).as_posix()
        path = "/" + rel
        url_day = TRS_URL_DAY.search(path)
        if not url_day:
            continue
        day = "-".join(url_day.groups())
        root = lxml.html.fromstring(file.read_bytes().decode("utf-8"))
        if rel.startswith("pic_edlh_pmo/"):
            ignored.append({"path": path, "reason": "a photo library page: one image and its number"})
            continue
        if rel.startswith("rydw/"):
            ignored.append({"path": path, "reason": "a researcher's profile (人才队伍), dated in the article template"})
            continue
        zh_title = root.cssselect("td.black_20_600")
        en_title = root.cssselect("td.black14600")
        if zh_title:
            printed = re.search(r"\|\s*(\d\d)-(\d\d)-(\d\d)\s*\|", root.cssselect("td.font03")[0].text_content())
            assert printed, path
            shown = "20" + "-".join(printed.groups())
            if shown != day:
                differs.append(path)  # content moved into the CMS later: the file name has the day of the move
            day = shown
            title, body, language = zh_title[0], root.cssselect("#content")[0], "zh"
        elif en_title:
            title, body, language = en_title[0], root.cssselect("#zoom")[0], "en"
        else:
            raise SystemExit(f"trs-pmodlh: {path}: no article template")
        trail = [a.text_content().strip() for a in root.cssselect("a.CurrChnlCls")]
        posts.append(
            {
                "path": path,
                "title": " ".join(title.text_content().split()),
                "date": day,
                "language": language,
                "categories": trail[-1:],
                "body": text_of(body),
            }
        )
    return {
        "generator": "TRS WCM (static mirror)",
        "language": "zh (+en)",
        "pagination": "/<column>/<sub>/index.html + index_<n>.html (TRS), an English edition at /index1.html",
        "truth_source": "the CMS article templates (no source or feed exists): td.black_20_600 / td.black14600, "
        "the printed day (zh, checked against the file name's t<YYYYMMDD>), the file name's day (en), "
        "#content / #zoom",
        "origins": ["http://www.pmodlh.ac.cn", "https://www.pmodlh.ac.cn", "http://www.dlh.pmo.cas.cn"],
        "file_day_differs": differs,
        "url_day_only": [post["path"] for post in posts if post["language"] == "en"],
        "ignored": ignored,
        "posts": posts,
    }


ENGLISH_UPDATED = re.compile(r"Updated:\s*([A-Z][a-z]{2}) (\d{1,2}),\s*(\d{4})")


def trs_cpaxj(repo: Repo, site: Path) -> dict[str, Any]:
    """TRS WCM static mirror of an accountants' association portal (the Chinese Institute of CPAs' site, its
    name rewritten to 新疆注册会计师全国统一考试网 in the copy): a Chinese edition (home /index.html; columns
    /xxfb/news/, /xxfb/tzgg/, the special columns /ztzl1/<topic>/<column>/ …, each index.html + index_<n>.html)
    and an English one (/introcicpa/, /BNIE/), articles /<column>/<YYYYMM>/t<YYYYMMDD>_<id>.html. No source or
    feed exists: the truth is the CMS's article templates. Chinese: ``div.yaowen-content-top`` holds the
    headline ``h1`` and the printed "2021-03-02 10:42"; the text is ``div.yaowen-content-bottom``. English:
    ``div.en-xl-sub h3`` and the printed "Updated: Dec 10,2018" (the day before the file name's on some posts;
    the printed day is the truth's), the text ``#news_content``. A page of the Chinese template printing no
    date (a form under 其他文档, its date line commented out) is ignored."""
    posts, ignored = [], []
    for file in sorted(site.rglob("t20*.html")):
        rel = file.relative_to(site).as_posix()
        path = "/" + rel
        if not TRS_URL_DAY.search(path):
            continue
        root = lxml.html.fromstring(file.read_bytes().decode("utf-8"))
        top = root.cssselect("div.yaowen-content-top")
        english = root.cssselect("div.en-xl-sub")
        if top:
            title = top[0].cssselect("h1")[0]
            shown = re.search(r"(\d{4}-\d{2}-\d{2})", " ".join(p.text_content() for p in top[0].cssselect("p")))
            if not shown:
                ignored.append({"path": path, "reason": "a form in the article template, its date line commented out"})
                continue
            day, body, language = shown.group(1), root.cssselect("div.yaowen-content-bottom")[0], "zh"
        elif english:
            title = english[0].cssselect("h3")[0]
            updated = ENGLISH_UPDATED.search(english[0].text_content())
            assert updated, path
            day = datetime.strptime(" ".join(updated.groups()), "%b %d %Y").date().isoformat()
            body, language = root.cssselect("#news_content")[0], "en"
        else:
            raise SystemExit(f"trs-cpaxj: {path}: no article template")
        trail = [a.text_content().strip() for a in root.cssselect("a.CurrChnlCls")]
        posts.append(
            {
                "path": path,
                "title": " ".join(title.text_content().split()),
                "date": day,
                "language": language,
                "categories": trail[-1:],
                "body": text_of(body),
            }
        )
    return {
        "generator": "TRS WCM (static mirror)",
        "language": "zh (+en)",
        "pagination": "/<column>/index.html + index_<n>.html (TRS, by script), an English edition at /introcicpa/",
        "truth_source": "the CMS article templates (no source or feed exists): div.yaowen-content-top h1 and its "
        "printed day, div.yaowen-content-bottom (zh); div.en-xl-sub h3, 'Updated: Mon D,YYYY', #news_content (en)",
        "origins": ["http://www.cpaxj.org.cn", "https://www.cpaxj.org.cn"],
        "ignored": ignored,
        "posts": posts,
    }


# --- fifth round of held-out sites, non-Chinese (docs/realsites.md, "Held-out sites, fifth round") ---------------

FRENCH_MONTHS = {
    "janvier": 1,
    "février": 2,
    "mars": 3,
    "avril": 4,
    "mai": 5,
    "juin": 6,
    "juillet": 7,
    "août": 8,
    "septembre": 9,
    "octobre": 10,
    "novembre": 11,
    "décembre": 12,
}


def french_day(text: str) -> str:
    """``22 Septembre 2018`` / ``08 juin 2011`` -> ``2018-09-22``."""
    day, month, year = text.split()
    return date(int(year), FRENCH_MONTHS[month.lower()], int(day)).isoformat()


def hugo_7robot(repo: Repo, site: Path) -> dict[str, Any]:
    """Hugo 0.40 (airspace-hugo theme, edited) of 7Robot, the robotics club of the ENSEEIHT students' union
    (Toulouse), public/ committed, served below /clubs/robot/ of the union's site (baseURL
    https://www.bde.enseeiht.fr/clubs/robot/). News at /clubs/robot/actualites/<file, lower-cased>/ and
    technical articles at /clubs/robot/articles/<file, lower-cased>/, listed by /actualites/ + /actualites/page/N/
    and /articles/ + /articles/page/N/ (10 a page, the listings show neither date nor author). The posts have
    no Hugo date: the front matter's ``dater`` is a French date the page prints in its byline, "Par Tony le
    22 Septembre 2018", with the front matter's ``author``. Body: the post's ``div.block`` without the headline,
    the byline and the rule under it."""
    mount_under(site, "/clubs/robot/")
    posts: list[dict[str, Any]] = []
    for section in ("actualites", "articles"):
        for name in repo.files(f"content/{section}"):
            if not name.endswith(".md"):
                continue
            meta, _ = front_matter(repo.show(name))
            if meta.get("draft"):
                continue
            path = f"/clubs/robot/{section}/{Path(name).stem.lower()}/"
            title = " ".join(str(meta["title"]).split())
            day = french_day(str(meta["dater"]))
            author = str(meta["author"]).strip()
            body = ""
            if exists(site, path):
                block = page(site, path).cssselect("div.post div.block")[0]
                if " ".join(block.cssselect("h1")[0].text_content().split()) != title:
                    raise SystemExit(f"hugo-7robot: {path}: the headline is not {title!r}")
                shown = [" ".join(s.text_content().split()) for s in block.cssselect("div.post-info-wrapper span.bold")]
                if shown != [author, " ".join(str(meta["dater"]).split())]:
                    raise SystemExit(f"hugo-7robot: {path}: the byline {shown} is not the front matter's")
                body = page_text(site, path, "div.post div.block", drop=("h1", "div.post-info-wrapper", "hr"))
            posts.append(
                {"path": path, "title": title, "date": day, "author": author, "categories": [section], "body": body}
            )
    return {
        "generator": "hugo (airspace-hugo)",
        "language": "fr",
        "pagination": "/actualites/ + /actualites/page/N/ and /articles/ + /articles/page/N/ (Hugo, 10 a page)",
        "truth_source": "content/{actualites,articles}/*.md TOML front matter (title, dater, author; checked "
        "against the page's h1 and byline); body: div.post div.block without h1, byline and hr",
        "home": "/clubs/robot/",
        "origins": ["https://www.bde.enseeiht.fr"],
        "posts": posts,
    }


def hugo_slowfoodyouthh(repo: Repo, site: Path) -> dict[str, Any]:
    """Hugo (the association's own Material Design Lite layouts) of Slow Food Youth Hamburg, public/ committed.
    Articles at /artikel/<path under content/Artikel, lower-cased>/ (one nested: /artikel/zero-waste/...),
    all listed on /artikel/ (no pager) with their date ("July 24 2020") and summary; the home lists some.
    A post page shows its headline (``article h1``) and the text, and no date and no byline: the day a
    reader sees is the listing's, which is the front matter's (checked). The ``<title>`` of every page is
    the site's name. The December 2016 newsletter (/mail/...) is a mail's HTML copy: ignored."""
    listing = page(site, "/artikel/")
    listed: dict[str, str] = {}
    for link in listing.cssselect("ul.articles-list a"):
        shown = link.cssselect("span.article__date")
        listed[urlsplit(link.get("href")).path] = " ".join(shown[0].text_content().split()) if shown else ""
    posts: list[dict[str, Any]] = []
    for name in repo.files("content/Artikel"):
        if not name.endswith(".md"):
            continue
        meta, _ = front_matter(repo.show(name))
        if meta.get("draft"):
            continue
        rest = name[len("content/Artikel/") : -len(".md")].lower()
        path = f"/artikel/{rest}/"
        title = " ".join(str(meta["title"]).split())
        stamp = meta["date"]
        day = stamp.isoformat()[:10] if hasattr(stamp, "isoformat") else str(stamp)[:10]
        body = ""
        if exists(site, path):
            article = page(site, path).cssselect("article")[0]
            if " ".join(article.cssselect("h1")[0].text_content().split()) != title:
                raise SystemExit(f"hugo-slowfoodyouthh: {path}: the headline is not {title!r}")
            printed = datetime.strptime(listed[path], "%B %d %Y").date().isoformat() if listed.get(path) else None
            if printed != day:
                raise SystemExit(f"hugo-slowfoodyouthh: {path}: /artikel/ prints {listed.get(path)!r}, not {day}")
            body = page_text(site, path, "article div.mdl-cell", drop=("h1",))
        posts.append({"path": path, "title": title, "date": day, "author": None, "body": body})
    return {
        "generator": "hugo (own Material Design Lite layouts)",
        "language": "de",
        "pagination": "none: /artikel/ lists every article with its date; the home lists some",
        "truth_source": "content/Artikel/**.md front matter (title, date; checked against the page's h1 and "
        "the date /artikel/ prints); body: article div.mdl-cell without h1",
        "origins": ["http://www.slowfoodyouthh.de"],
        "ignored": [
            {"path": p, "reason": "the December 2016 newsletter: a mail's HTML copy, not an article"}
            for p in ("/mail/Dezember2016/", "/mail/dezember2016/")
        ],
        "posts": posts,
    }


def hugo_pesantren(repo: Repo, site: Path) -> dict[str, Any]:
    """Hugo (a Tailwind theme of its own, edited through Decap CMS) of Pesantren Ilmu Eksakta, an Indonesian
    Islamic school of the exact sciences; public/ committed, built with baseURL ``//localhost:1313`` (links
    read ``//localhost:1313/artikel/...``, and ``http://localhost:1313`` in some posts' text). Articles at
    /artikel/<slug>/ (some slugs hold Arabic letters and Latin letters with macrons); the home lists the five
    newest, /categories/<c>/ + /categories/<c>/page/N/ list each category (20 a page), /artikel/ loads its list
    by script from /artikel/page/N/index.json (no links in its HTML). The page prints ``h1``, "Dipublikasikan
    pada 1 August 2025 | Kategori: Titik Ba" (after the author's name where the front matter has one: "Ahmad
    Thoha Faz | Dipublikasikan pada ...") and the text ``article.prose``. The truth is every
    built article page, read through the theme (the build is older than the newest sources, and keeps pages
    whose source is gone); where ``content/artikel/<slug>.md`` exists its title and day are checked against
    the page."""
    sources: dict[str, dict[str, Any]] = {}
    for name in repo.files("content/artikel"):
        if name.endswith(".md"):
            meta, _ = front_matter(repo.show(name))
            sources[Path(name).stem.lower()] = meta
    posts: list[dict[str, Any]] = []
    checked = 0
    folder = site / "artikel"
    for index in sorted(folder.glob("*/index.html")):
        slug = index.parent.name
        if slug == "page":
            continue
        path = f"/artikel/{slug}/"
        root = lxml.html.fromstring(index.read_bytes())
        if not root.cssselect("main h1"):
            continue  # not the article layout: a stale placeholder page ("Isi artikel di sini."), linked nowhere
        # a zero-width space opening one headline is no character a reader sees
        title = " ".join(root.cssselect("main h1")[0].text_content().replace("\u200b", "").split())
        line = " ".join(root.cssselect("main h1")[0].getnext().text_content().split())
        match = re.match(r"(?:(.+?) \| )?Dipublikasikan pada (\d{1,2} \w+ \d{4})(?: \| Kategori: (.+))?$", line)
        if not match:
            raise SystemExit(f"hugo-pesantren: {path}: no date line ({line!r})")
        author = match.group(1)
        day = datetime.strptime(match.group(2), "%d %B %Y").date().isoformat()
        meta = sources.get(slug)
        if meta is not None:
            stamp = meta["date"]
            written = stamp.isoformat()[:10] if hasattr(stamp, "isoformat") else str(stamp)[:10]
            if " ".join(str(meta["title"]).split()) != title or written != day:
                raise SystemExit(f"hugo-pesantren: {path}: the page disagrees with content/artikel/{slug}.md")
            if (str(meta.get("author") or "").strip() or None) != author:
                raise SystemExit(f"hugo-pesantren: {path}: the byline {author!r} is not the front matter's author")
            checked += 1
        categories = [c.strip() for c in match.group(3).split(",")] if match.group(3) else []
        body = page_text(site, path, "main article")
        posts.append(
            {"path": path, "title": title, "date": day, "author": author, "categories": categories, "body": body}
        )
    return {
        "generator": "hugo (own Tailwind theme)",
        "language": "id",
        "pagination": "/categories/<c>/ + /categories/<c>/page/N/ (Hugo, 20 a page); the home lists five; "
        "/artikel/ lists by script",
        "truth_source": f"the built /artikel/*/ pages through the theme (h1, the 'Dipublikasikan pada' line, "
        f"main article); {checked} of them checked against content/artikel/*.md (title, day)",
        "origins": ["http://localhost:1313", "//localhost:1313"],
        "posts": posts,
    }


# Sixth round of held-out sites, non-Chinese (docs/realsites.md, "Held-out sites, sixth round (non-Chinese)")
GERMAN_MONTHS = {
    "jan": 1,
    "feb": 2,
    "mär": 3,
    "märz": 3,
    "apr": 4,
    "mai": 5,
    "jun": 6,
    "juni": 6,
    "jul": 7,
    "juli": 7,
    "aug": 8,
    "sep": 9,
    "sept": 9,
    "okt": 10,
    "nov": 11,
    "dez": 12,
}
SPANISH_MONTHS = {
    name: number
    for number, name in enumerate(
        (
            "enero",
            "febrero",
            "marzo",
            "abril",
            "mayo",
            "junio",
            "julio",
            "agosto",
            "septiembre",
            "octubre",
            "noviembre",
            "diciembre",
        ),
        start=1,
    )
}


def german_day(text: str) -> str:
    """``25. Aug. 2022`` / ``3. März 2019`` (Hugo's German short date) -> ``2022-08-25``."""
    match = re.fullmatch(r"(\d{1,2})\.\s*([A-Za-zäÄ]+)\.?\s+(\d{4})", " ".join(text.split()))
    if not match:
        raise ValueError(f"not a German date: {text!r}")
    month = match.group(2).lower()
    number = GERMAN_MONTHS.get(month) or GERMAN_MONTHS[month[:3]]
    return date(int(match.group(3)), number, int(match.group(1))).isoformat()


def spanish_day(text: str) -> str:
    """``24 de mayo de 2017`` (toLocaleDateString es-AR, long month) -> ``2017-05-24``."""
    match = re.fullmatch(r"(\d{1,2}) de (\w+) de (\d{4})", " ".join(text.split()))
    if not match:
        raise ValueError(f"not a Spanish date: {text!r}")
    return date(int(match.group(3)), SPANISH_MONTHS[match.group(2).lower()], int(match.group(1))).isoformat()


def zurich_day(epoch: int) -> str:
    """The day of a Unix time in Zurich (CET/CEST), the time zone the site's Hugo printed its days in."""
    return datetime.fromtimestamp(epoch, ZoneInfo("Europe/Zurich")).date().isoformat()


def hugo_wowchemy_tvzofingen(repo: Repo, site: Path) -> dict[str, Any]:
    """Hugo (Wowchemy, the theme once called Academic) of TV Zofingen Handball, a Swiss handball club
    (German), built to the gh-pages branch before the club moved to Gatsby (the build of 2022-09-26, the
    last with its news). News at /news/<YYYY-MM-DD_slug>/, listed by /news/ + /news/page/N/ (10 a page),
    /category/<c>/ + /page/N/, /tag/<t>/, /author/<a>/ and the home's widgets. Wowchemy's search index
    ``index.json`` lists every page with its title, relpermalink, authors, date and plain content. A post
    page prints the headline (``div.article-container h1``), the byline (author links, then "25. Aug. 2022",
    German short months) and the text ``div.article-style``. Truth: index.json's news entries (title, path,
    authors), each checked against its page (headline, author links, printed day = the index's day)."""
    index = json.loads(repo.show("index.json"))
    posts: list[dict[str, Any]] = []
    updated = 0
    for entry in index:
        if entry.get("section") != "news" or str(entry["publishdate"]).startswith("0001"):
            continue  # not a news post, or an undated section page (/news/_global/, /news/_index/)
        path = unquote(entry["relpermalink"])
        title = " ".join(str(entry["title"]).split())
        authors = [str(a).strip() for a in entry.get("authors") or []]
        body, day = "", str(entry["publishdate"])[:10]
        if exists(site, path):
            root = utf8_page(site, path)
            headline = " ".join(root.cssselect("div.article-container h1")[0].text_content().split())
            if headline != title:
                raise SystemExit(f"hugo-wowchemy-tvzofingen: {path}: the headline {headline!r} is not {title!r}")
            meta = root.cssselect("div.article-container div.article-metadata")[0]
            shown = [" ".join(a.text_content().split()) for a in meta.cssselect("a[href*='/author/']")]
            if shown != authors:
                raise SystemExit(f"hugo-wowchemy-tvzofingen: {path}: the byline {shown} is not {authors}")
            # the byline prints the publication day, or "Zuletzt aktualisiert am <day>" where the post was
            # edited after (Wowchemy shows lastmod then); the day of publication stays in the head's
            # article:published_time, which is the index's publishdate
            printed_text = meta.cssselect("span.article-date")[0].text_content()
            printed = german_day(re.sub(r"^\s*Zuletzt aktualisiert am\s*", "", printed_text))
            modified = zurich_day(entry["lastmod"])
            if printed not in (day, modified):
                raise SystemExit(f"hugo-wowchemy-tvzofingen: {path}: the page prints {printed}, not {day}")
            published = root.xpath("//meta[@property='article:published_time']/@content")
            if not published or published[0][:10] != day:
                raise SystemExit(f"hugo-wowchemy-tvzofingen: {path}: article:published_time {published} is not {day}")
            updated += printed != day
            body = selected_text(root, "div.article-style")
        posts.append(
            {
                "path": path,
                "title": title,
                "date": day,
                "author": ", ".join(authors) or None,
                "categories": list(entry.get("categories") or []),
                "body": body,
            }
        )
    return {
        "generator": "hugo (wowchemy)",
        "language": "de",
        "pagination": "/news/ + /news/page/N/ (10 a page), /category/<c>/page/N/, /tag/<t>/, /author/<a>/",
        "truth_source": "index.json (Wowchemy's search index: title, relpermalink, authors, publishdate), each "
        "checked against the page's h1, author links, article:published_time and the printed German day (the "
        f"day of the last edit on {updated} posts, 'Zuletzt aktualisiert am'); body: div.article-style",
        "origins": ["https://ha.tvzofingen.ch", "http://ha.tvzofingen.ch"],
        # Wowchemy's example posts, left in the build under /news/2020/12/…/ ("Richard Hendricks Wins First
        # Place in the Wowchemy Prize"): posts by their form, listed by /post/, but the theme's, not the club's
        "ignored": [
            {"path": unquote(e["relpermalink"]), "reason": "the theme's example post (Wowchemy's demo content)"}
            for e in index
            if e.get("section") == "post"
        ],
        "posts": posts,
    }


def astro_adecra(repo: Repo, site: Path) -> dict[str, Any]:
    """Astro 5 (static output, Tailwind) of ADECRA + CEDIM, the Argentine association of private clinics,
    sanatoriums and hospitals (Spanish), its WordPress news migrated to an Astro content collection
    (``src/content/blog/*.md``: title and date only, WordPress HTML as the body) and built to ``dist/``. News at
    /noticias/<slug>/, where many slugs are WordPress post ids (/noticias/14228/), beside the listing pages
    /noticias/1/ ... /noticias/N/ of the same shape; /noticias/ is the first page. A post prints its
    headline (the article's first ``h1``), the day in Spanish ("24 de mayo de 2017") and the text
    ``div.prose``; no byline (``<meta name=author>`` is the association's name on every page). Events at
    /eventos/<slug>/ are another collection (event announcements): ignored."""
    posts: list[dict[str, Any]] = []
    for name in repo.files("src/content/blog"):
        if not name.endswith(".md"):
            continue
        meta, _ = front_matter(repo.show(name))
        slug = Path(name).stem.lower()
        path = f"/noticias/{slug}/"
        title = " ".join(html.unescape(str(meta["title"])).split())
        stamp = meta["date"]
        day = stamp.isoformat()[:10] if hasattr(stamp, "isoformat") else str(stamp)[:10]
        body = ""
        if exists(site, path):
            root = utf8_page(site, path)
            headline = root.cssselect("article h1")[0]
            shown = " ".join(headline.text_content().split())
            if shown != title:
                raise SystemExit(f"astro-adecra: {path}: the headline {shown!r} is not {title!r}")
            printed = spanish_day(headline.getnext().text_content())
            if printed != day:
                raise SystemExit(f"astro-adecra: {path}: the page prints {printed}, the front matter {day}")
            body = selected_text(root, "article div.prose")
        posts.append({"path": path, "title": title, "date": day, "author": None, "body": body})
    events = [
        {"path": f"/eventos/{Path(n).stem.lower()}/", "reason": "an event announcement (the events collection)"}
        for n in repo.files("src/content/events")
        if n.endswith(".md")
    ]
    return {
        "generator": "astro 5 (static, Tailwind)",
        "language": "es",
        "pagination": "/noticias/ + /noticias/N/ (numbered pages beside numeric post slugs /noticias/<wp id>/)",
        "truth_source": "src/content/blog/*.md front matter (title, date), checked against the page's h1 and "
        "printed Spanish day; body: article div.prose",
        "origins": ["https://comunicacion.adecra.org.ar", "http://comunicacion.adecra.org.ar"],
        "ignored": events,
        "posts": posts,
    }


def aspnet_qccy(repo: Repo, site: Path) -> dict[str, Any]:
    """ASP.NET WebForms portal of the Beijing Chaoyang district committee of the Communist Youth League
    (青春朝阳网), a static copy: column fronts /<column>/Default.html (news, notice, primary, speech, file,
    lhyz, studyFile, magazine), articles /<column>/Detail-<16 hex digits>.html, as the product's first target
    names its articles by an opaque id. No source or feed exists: the truth is the CMS's one article template,
    whose labels carry the server controls' ids: the headline ``#ContentPlaceHolder1_lblTittle``, the
    "发布时间：" day ``#ContentPlaceHolder1_lblPulishTime``, the "作者：" byline
    ``#ContentPlaceHolder1_lblCreator`` (the committee: the page's own author line; the grassroots column
    prints the same label after "上报基层：", the branch that reported it, which is no author), and the text
    of ``#infocontentbox``. The subtitle (``lblSubTittle``, a line under the
    headline on 6 posts) and the leaders'-speech column label (``lblDic``) stand outside that box and are no
    text. The magazine's issues show only an attachment link the copy blanked (``javascript:;``), no text:
    they are ignored. So are the 48 lessons of the online league school (网上团校, /online/<topic>-<n>.html):
    knowledge pages (团费的管理是怎样规定的 …) in another template, undated, their index printing "[12-08]";
    neither posts of the CMS nor pages a reader would call no article."""
    posts, ignored = [], []
    for file in sorted(site.rglob("Detail-*.html")):
        rel = file.relative_to(site).as_posix()
        path = "/" + rel
        root = lxml.html.fromstring(file.read_bytes().decode("utf-8"))

        def label(name: str, root: lxml.html.HtmlElement = root) -> str:
            found = root.xpath(f'//*[@id="ContentPlaceHolder1_{name}"]')
            return " ".join(found[0].text_content().split()) if found else ""

        title, day, author = label("lblTittle"), label("lblPulishTime"), label("lblCreator")
        creator = root.xpath('//*[@id="ContentPlaceHolder1_lblCreator"]')
        before = creator[0].getprevious() if creator else None
        printed_label = (before.tail if before is not None else creator[0].getparent().text) if creator else ""
        if "作者" not in (printed_label or ""):
            author = ""  # the grassroots column prints "上报基层：<branch>" (who reported it), not an author
        if not title or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", day):
            raise SystemExit(f"aspnet-qccy: {path}: not the article template")
        body = text_of(root.xpath('//*[@id="infocontentbox"]')[0])
        if rel.startswith("magazine/") and not body:
            ignored.append({"path": path, "reason": "a magazine issue: one attachment link (blanked), no text"})
            continue
        trail = [a.text_content().strip() for a in root.cssselect("div.noticeListTit a")]
        post: dict[str, Any] = {"path": path, "title": title, "date": day, "categories": trail[-1:], "body": body}
        if author:
            post["author"] = author
        posts.append(post)
    for file in [*sorted((site / "online").glob("*-*.html")), site / "online" / "gzsc7new.html"]:
        root = lxml.html.fromstring(file.read_bytes().decode("utf-8"))
        if root.xpath('//*[@id="contentbox"]/h3') and not root.xpath('//*[@id="ContentPlaceHolder1_lblPulishTime"]'):
            ignored.append(
                {
                    "path": "/" + file.relative_to(site).as_posix(),
                    "reason": "a lesson of the online league school (网上团校): a headline and its text under an empty "
                    "'来源：' line, no date; its index prints a month and day only",
                }
            )
    return {
        "generator": "ASP.NET WebForms CMS (static copy)",
        "language": "zh",
        "pagination": "column fronts /<column>/Default.html (one page each in the copy), home sections",
        "truth_source": "the CMS article template (no source or feed exists): the server labels lblTittle, "
        "lblPulishTime, lblCreator, and #infocontentbox",
        "origins": ["http://www.qccy.org.cn", "https://www.qccy.org.cn"],
        "ignored": ignored,
        "posts": posts,
    }


def jeecms_icama(repo: Repo, site: Path) -> dict[str, Any]:
    """JEECMS (a Java CMS of Chinese government sites) portal of the Institute for the Control of
    Agrochemicals of the Ministry of Agriculture and Rural Affairs (农业农村部农药检定所, 中国农药信息网), a static
    copy under another domain at the commit before the copy's owner added a hidden block of links to the home
    page: a government edition (home /index.html, columns /<column>/index.html), a service edition, and an
    English one (/ywb/index.html; columns /zwxw/, /zwgk/, /hyxx/, /scxx/), articles /<column>/<id>.html; the
    copy holds each column's first page only. No source or feed exists: the truth is the CMS's article
    templates, ``div.web_gov_body_right_main`` (Chinese) and ``div.web_en_body_right_main`` (English): the
    headline ``h1`` (the English template cuts it at 150 characters; the page shows that), the "发布时间：" /
    "Release time：" day ``#spe1``, the "作者：" byline ``#spe3`` where it names someone (a division of the
    institute, a provincial station, a person), and the rest of the element as the text (without the empty
    ``h2``, the day, views, author and source lines). The special-topic fronts /topic/<n>.html (a topic's
    columns and links) are no posts. <title> is "Headline - <site name rewritten with keywords>" in the copy:
    the site part is not the truth's."""
    posts = []
    for file in sorted(site.glob("*/*.html")):
        rel = file.relative_to(site).as_posix()
        if not re.fullmatch(r"[a-z0-9]+/\d+\.html", rel) or rel.startswith("topic/"):
            continue
        path = "/" + rel
        root = lxml.html.fromstring(file.read_bytes().decode("utf-8"))
        main = root.cssselect("div.web_gov_body_right_main, div.web_en_body_right_main")
        if not main:
            raise SystemExit(f"jeecms-icama: {path}: no article template")
        language = "en" if "web_en_" in main[0].get("class", "") else "zh"
        title = " ".join(main[0].find("h1").text_content().split())
        stamp = re.search(r"(\d{4}-\d{2}-\d{2})", main[0].xpath('.//*[@id="spe1"]')[0].text_content())
        assert stamp, path
        byline = main[0].xpath('.//*[@id="spe3"]')[0].text_content()
        author = " ".join(re.sub(r"^\s*(作者|Author)\s*：", "", byline).split())
        for unwanted in main[0].xpath('./h1 | ./h2 | .//*[starts-with(@id, "spe")]'):
            unwanted.drop_tree()  # the text after a dropped line stays: it is the article's first text
        trail = [
            a.text_content().strip()
            for a in root.cssselect("div.web_gov_body_right_head a, div.web_en_body_right_head a")
        ]
        post: dict[str, Any] = {
            "path": path,
            "title": title,
            "date": stamp.group(1),
            "language": language,
            "categories": trail[-1:],
            "body": text_of(main[0]),
        }
        if author:
            post["author"] = author
        posts.append(post)
    return {
        "generator": "JEECMS (static copy)",
        "language": "zh (+en)",
        "pagination": "column fronts /<column>/index.html (the copy holds each column's first page only); "
        "an English edition at /ywb/index.html",
        "truth_source": "the CMS article templates (no source or feed exists): div.web_gov_body_right_main / "
        "div.web_en_body_right_main: h1, #spe1 (day), #spe3 (author), the rest as the text",
        "origins": ["http://www.capda.org.cn", "https://www.capda.org.cn"],
        "posts": posts,
    }


SLOVAK_MONTHS = {
    "január": 1,
    "február": 2,
    "marec": 3,
    "apríl": 4,
    "máj": 5,
    "jún": 6,
    "júl": 7,
    "august": 8,
    "september": 9,
    "október": 10,
    "november": 11,
    "december": 12,
}
DRUPAL_SUBMITTED = re.compile(r"^(\d{1,2}) (\w+), (\d{4}) - (\d\d):(\d\d) poslal (.+?)\.?$")
DRUPAL_HEADLINE = "#content > h1, #content > #tabs-wrapper > h1"
DRUPAL_IGNORED_SECTIONS = {
    "Fórum": "a forum thread (a member's question and its answers)",
    "Príručky": "a handbook page (the community's book)",
    "Case Tracker": "a task of the community's case tracker",
}


def drupal_sk(repo: Repo, site: Path) -> dict[str, Any]:
    """HTTrack copy (January 2017) of Drupal.SK, the portal of the Slovak Drupal community and its
    association (Slovenská Drupal Asociácia), Drupal 6 with the Arthemia theme, Slovak. HTTrack saved each
    address as a folder (``/node/2411/index.html``, an alias ``/co-dalej/index.html``) and each query page
    under a file name of its own (``/node/index3.html`` for ``?page=3``), with relative links. No database
    or feed of the site survives: the truth is Drupal's own markup of a node's full page: the headline
    ``#content > h1`` (``#content > #tabs-wrapper > h1`` on a node with tabs: a poll's "Zobraziť" and "Hlasy"),
    the one ``div.node`` (``id=node-N``) and its ``span.submitted`` line "2 január, 2017 - 01:10 poslal
    <author>" (the Slovak day, Bratislava time, and the author's name), the text
    ``div.node > div.content``. The node's kind is the section the breadcrumb names: a blog entry ("Blogy")
    or a front-page story (no breadcrumb, a submitted line) is a post; a forum thread, a handbook page or a
    case-tracker task is ``ignored``, and so is a page of the site: a node without a submitted line, or one
    the menu bar links to ("Sťahuj", the downloads page, shows who wrote it)."""
    by_node: dict[str, list[tuple[str, lxml.html.HtmlElement]]] = {}
    for file in sorted(site.rglob("*.html")):
        rel = file.relative_to(site).as_posix()
        if not rel.endswith("/index.html") and rel != "index.html":
            continue
        raw = file.read_bytes()
        if raw.lstrip().startswith(b"<?xml"):
            continue  # a feed HTTrack saved under a page's name
        root = lxml.html.fromstring(raw.decode("utf-8", "replace"))
        nodes = root.cssselect("div.node[id^='node-']")
        # Drupal sets the headline in a tabs wrapper where the node has tabs (a poll's results and votes)
        headline = root.cssselect(DRUPAL_HEADLINE)
        if len(nodes) != 1 or not headline or not " ".join(headline[0].text_content().split()):
            continue  # a listing of teasers, or the home page's copy
        if nodes[0].xpath("./h1 | ./h2"):
            continue  # a teaser (its title a heading of the node itself) on a listing of one (a user's blog)
        by_node.setdefault(nodes[0].get("id"), []).append(("/" + rel.removesuffix("index.html"), root))
    home = lxml.html.fromstring((site / "index.html").read_bytes().decode("utf-8", "replace"))
    menu = {"/" + href.strip("./").rstrip("/") + "/" for href in home.xpath("//div[@id='navbar']//a/@href")}
    posts: list[dict[str, Any]] = []
    ignored: list[dict[str, Any]] = []
    for copies in by_node.values():
        copies.sort(key=lambda c: (c[0].startswith("/node/"), c[0]))  # the alias, as the site links it
        path, root = copies[0]
        ignored += [{"path": p, "reason": "another saved copy of the same node"} for p, _ in copies[1:]]
        crumbs = root.cssselect("div.breadcrumb a")
        section = " ".join(crumbs[1].text_content().split()) if len(crumbs) > 1 else ""
        if section in DRUPAL_IGNORED_SECTIONS:
            ignored.append({"path": path, "reason": DRUPAL_IGNORED_SECTIONS[section]})
            continue
        submitted = root.cssselect("div.node span.submitted")
        if path in menu:  # "Sťahuj" (downloads), in the site's menu bar: it shows who wrote it, yet is no news
            ignored.append({"path": path, "reason": "a page of the site (an entry of its menu bar)"})
            continue
        if not submitted:
            ignored.append({"path": path, "reason": "a page of the site (no submitted line)"})
            continue
        line = " ".join(submitted[0].text_content().split())
        match = DRUPAL_SUBMITTED.match(line)
        if not match or section not in ("", "Blogy"):
            raise SystemExit(f"drupal-sk: {path}: section {section!r}, submitted line {line!r}")
        day = date(int(match.group(3)), SLOVAK_MONTHS[match.group(2)], int(match.group(1)))
        title = " ".join(root.cssselect(DRUPAL_HEADLINE)[0].text_content().split())
        posts.append(
            {
                "path": path,
                "title": title,
                "date": day.isoformat(),
                "datetime": f"{day.isoformat()}T{match.group(4)}:{match.group(5)}",
                # Drupal's name for a visitor without an account: no author
                "author": None if match.group(6).strip() == "Anonymous" else match.group(6).strip(),
                # Texy (the site's text filter) breaks long words with soft hyphens, which no reader sees
                "body": text_of(root.cssselect("div.node > div.content")[0]).replace("\xad", ""),
            }
        )
    return {
        "generator": "drupal 6 (Arthemia theme), HTTrack copy",
        "language": "sk",
        "pagination": "/node/indexN.html (HTTrack's names for ?page=N), /blog/indexN.html, /blog/<uid>/",
        "truth_source": "Drupal's markup of a node's full page: #content > h1, span.submitted (Slovak day, "
        "author), div.node > div.content; blog entries and front-page stories are posts, forum threads, "
        "handbook pages and case-tracker tasks ignored",
        "origins": ["http://www.drupal.sk", "https://www.drupal.sk", "http://drupal.sk", "https://drupal.sk"],
        "ignored": ignored,
        "posts": posts,
    }


def wp_aganor(repo: Repo, site: Path) -> dict[str, Any]:
    """HTTrack copy (July 2024) of the WordPress site (Vamtam "construction" theme) of AGANOR, the Gabonese
    standards agency (Agence Gabonaise de Normalisation), French. Posts at /Y/M/D/slug/ with relative links,
    query pages saved as /indexXXXX.html; the news are the "Blog" category, listed at /actualites/ +
    /actualites/page/N/ and the month archives. WordPress marks a post's page (``<body class=single-post
    postid-N>``); the theme prints the headline as the page's one ``h1``, the day as "janvier 13, 2022"
    (``span.post-date``, month first, in French) and the text ``div.post-content.the-content``, no author.
    The site had been hacked before the copy: 21 casino and betting posts in Russian, Azerbaijani, Turkish or
    Portuguese, dated from 2023-01-11 on and filed outside the "Blog" category (``category-uncategorized``,
    ``category-casino``…), sit among the agency's news; they are ``ignored``, as are the posts' second copies
    (five news of 2021 left in "Uncategorized" are the agency's and count)."""
    by_id: dict[str, list[tuple[str, lxml.html.HtmlElement]]] = {}
    for file in sorted(site.rglob("*.html")):
        raw = file.read_bytes()
        if b"single-post" not in raw or "single-post" not in body_classes(raw):
            continue
        rel = file.relative_to(site).as_posix()
        post_id = next(c for c in body_classes(raw) if c.startswith("postid-"))
        by_id.setdefault(post_id, []).append(("/" + rel.removesuffix("index.html"), lxml.html.fromstring(raw)))
    posts: list[dict[str, Any]] = []
    ignored: list[dict[str, Any]] = []
    for copies in by_id.values():
        copies.sort(key=lambda c: (not re.match(r"^/\d{4}/\d\d/\d\d/[^/]+/$", c[0]), len(c[0])))
        path, root = copies[0]
        ignored += [{"path": p, "reason": "another saved copy of the same post"} for p, _ in copies[1:]]
        article = root.xpath("//article[contains(@class, 'single-post-wrapper')]")[0]
        printed = " ".join(root.cssselect("span.post-date")[0].text_content().split())
        month, day, year = printed.replace(",", "").split()
        if "category-blog" not in article.get("class", "").split() and int(year) >= 2023:
            # the injected posts begin on 2023-01-11; five news of 2021 left "Uncategorized" are the agency's
            ignored.append({"path": path, "reason": "an injected casino or betting post (outside the Blog category)"})
            continue
        posts.append(
            {
                "path": path,
                # a post saved without a title (/2023/07/04/15269/, WordPress names it by its id) prints no h1
                "title": " ".join(" ".join(h.text_content() for h in root.xpath("//h1")[:1]).split()),
                "date": date(int(year), FRENCH_MONTHS[month.lower()], int(day)).isoformat(),
                "author": None,
                "body": text_of(root.cssselect("div.post-content.the-content")[0]),
            }
        )
    return {
        "generator": "wordpress (Vamtam construction theme), HTTrack copy",
        "language": "fr",
        "pagination": "/actualites/page/N/, /Y/M/page/N/ month archives (WordPress), relative links",
        "truth_source": "WordPress's own mark: <body class=single-post postid-N>, the Blog category; h1, "
        "span.post-date (French, month first), div.post-content.the-content; no author shown",
        "origins": ["https://aganorgabon.com", "http://aganorgabon.com", "https://www.aganorgabon.com"],
        "ignored": ignored,
        "posts": posts,
    }


_VSB_TITLE = re.compile(r"(?:^|\s)(?:titlestyle\d+|\w+_title)(?:\s|$)")
# VSB keeps a sub-site's single pages as dated items of its columns; their headlines say what they are: an
# introduction (a college's, a research centre's, a team's, the digital campus), a programme (a major, 专科/本科),
# a teacher's profile (a name, "汉语专业教师 吴会灵"), the university's chronicle (大事记).
_VSB_SINGLE_PAGE = re.compile(
    r"简介|介绍|大事记|研究中心$|^数字校园$|^教学团队$|专业教师|专业(?:（.*）)?$|专业(?:本科|专科)|[（(](?:专科|本科)[）)]$"
    r"|^[\u4e00-\u9fff]{2,4}$|^(?:工商管理|会计学|电子商务|人力资源管理)$"
)
_ZH_DAY = re.compile(r"(\d{4})\s*[-/年]\s*(\d{1,2})\s*[-/月]\s*(\d{1,2})")


def vsb_tztvu(repo: Repo, site: Path) -> dict[str, Any]:
    """VSB (博达 Visual SiteBuilder 9, the site builder of many Chinese universities) portal of Taizhou Radio and
    TV University (泰州市广播电视大学) and its sub-sites (the faculty of law, research centres, a micro-video
    contest, a history column), a static copy: columns /<column>.html and /<column>/<sub>.html (one page each in the
    copy), articles /info/<column id>/<id>.html. No source or feed exists: the truth is VSB's news-content
    component, the one block every template of the builder keeps: the text ``div.v_news_content``; the headline,
    the component's first element classed ``titlestyle<n>`` or ``<template>_title`` before it (a headline may hold
    a "|" between a series name and its own title; the page shows both); the day, the first date written between
    the headline and the text ("2016-09-29 08:42", "日期：2021年04月09日", "时间：2016/09/20"); the author, the
    component's ``authorstyle<n>`` span where it names someone ("责编：" is the editor and "来源：" the office that
    released it: no author). Undated items are no posts: the micro-video contest's entries and lessons (a video and
    a caption, "作品内容："/"参赛选手：" lines) are ignored; the two about pages (学院简介, 开放本科) count as
    non-articles. Items whose text is empty (a video of a lecture, a song, a micro-lesson, a poster's image) are
    ignored, as for cms-wgxy, and so are the single pages VSB keeps as dated items of the sub-sites' columns, read
    from their headlines (``_VSB_SINGLE_PAGE``): introductions, programmes, teachers' profiles, the chronicle (first
    built as posts; see docs/realsites.md, "Held-out sites, eighth round")."""
    posts, ignored = [], []
    for file in sorted(site.glob("info/*/*.html")):
        rel = file.relative_to(site).as_posix()
        path = "/" + rel
        root = lxml.html.fromstring(file.read_bytes().decode("utf-8"))
        found = root.xpath('//div[contains(concat(" ", normalize-space(@class), " "), " v_news_content ")]')
        if not found:
            raise SystemExit(f"vsb-tztvu: {path}: no v_news_content")
        body = found[0]
        component, headline = body.getparent(), None
        while component is not None and headline is None:
            for element in component.iter():
                if element is body:
                    break
                if isinstance(element.tag, str) and _VSB_TITLE.search(element.get("class") or ""):
                    headline = element
                    break
            else:
                component = component.getparent()
                continue
            if headline is None:
                component = component.getparent()
        if headline is None or component is None:
            raise SystemExit(f"vsb-tztvu: {path}: no headline in the news component")
        between: list[str] = []
        author = ""
        started = False
        for element in component.iter():
            if element is headline:
                started = True
                continue
            if element is body:
                break
            if not started or not isinstance(element.tag, str) or element.tag in _SKIP:
                continue
            if any(a is headline for a in element.iterancestors()):
                continue
            if re.search(r"(?:^|\s)authorstyle\d+", element.get("class") or ""):
                author = " ".join(element.text_content().split())
            between.append(element.text or "")
            between.append(element.tail or "")
        day = _ZH_DAY.search(" ".join(between))
        title = " ".join(headline.text_content().split())
        if not day:
            contest = (
                "videoBox" in (component.get("class") or "")
                or "作品内容" in "".join(between)
                or bool(root.xpath('//*[contains(@class, "videoBox_Info")]'))
            )
            if contest or re.match(r"文史", title):
                ignored.append({"path": path, "reason": "an undated item of the micro-video contest or its lessons"})
            continue  # the about pages: undated, no posts (non-articles if archived)
        if not "".join(re.sub(r"https?://\S+", "", text_of(body)).split()):
            # nothing but an image, or a video's address (a lecture's recording, "http://connect…/record…/")
            ignored.append({"path": path, "reason": "an item without text: a video, a song, an image"})
            continue
        if _VSB_SINGLE_PAGE.search(title):
            ignored.append(
                {
                    "path": path,
                    "reason": "a single page kept as a dated item: an introduction, a "
                    "programme, a teacher's profile, the chronicle",
                }
            )
            continue
        year, month, dom = (int(x) for x in day.groups())
        trail = [a.text_content().strip() for a in root.xpath('//a[following-sibling::span[contains(., ">")]]')]
        post: dict[str, Any] = {
            "path": path,
            "title": title,
            "date": f"{year:04d}-{month:02d}-{dom:02d}",
            "categories": trail[-1:],
            "body": text_of(body),
        }
        if author:
            post["author"] = author
        posts.append(post)
    return {
        "generator": "VSB (博达 Visual SiteBuilder 9), static copy",
        "language": "zh",
        "pagination": "column pages /<column>.html, /<column>/<sub>.html (one page each in the copy), the home's boxes",
        "truth_source": "VSB's news-content component (no source or feed exists): div.v_news_content, the "
        "titlestyle<n>/<template>_title headline before it, the first date between them, authorstyle<n>",
        "origins": ["http://www.tztvu.com.cn", "https://www.tztvu.com.cn"],
        "ignored": ignored,
        "posts": posts,
    }


def cms_wgxy(repo: Repo, site: Path) -> dict[str, Any]:
    """The portal of Wuhan Engineering Vocational and Technical College (武汉工程职业技术学院) and, in the same copy,
    its departments' sub-sites (academic affairs, the youth league, student affairs, counselling, finance: homes
    /index1.html …), one Chinese school CMS (``skin/<site>/``, ``attachment/cms/item/``, "核发：" and "操作>>" in
    every article) at the commit before the copy's owner rewrote the home page with a block of links to other
    sites. Articles /html/<column id>/<YYYY-MM-DD>/content-<id>.html (the portal) and
    /<YYYY_MM>/<DD_HH>/content-<id>.html (the sub-sites), columns /html/<column id>/index.html. No source or feed
    exists: the truth is the CMS's two article templates, ``div.actitle`` / ``div.layout_txtcontent_title`` (the
    headline), the "日期：" day of ``div.acinfo`` / ``div.layout_txtcontent_info``, the text ``div.acontent`` /
    ``div.layout_txtcontent_content``. The info line's "发布人：" is the account that published the item ("admin",
    "zly"): no author. Items whose text is empty (a photo of a teacher or the campus, a video, an attachment:
    the galleries 教师风采, 校园风光, 视频专题, the course videos) are ignored, and so are the departments' dated
    introductions (部门简介), single pages the CMS keeps as items."""
    posts, ignored = [], []
    files = sorted(site.glob("html/*/*/content-*.html")) + sorted(site.glob("[0-9]*_*/*_*/content-*.html"))
    for file in files:
        rel = file.relative_to(site).as_posix()
        path = "/" + rel
        root = lxml.html.fromstring(file.read_bytes().decode("utf-8"))
        headline = root.xpath('//div[@class="actitle" or @class="layout_txtcontent_title"]')
        info = root.xpath('//div[@class="acinfo" or @class="layout_txtcontent_info"]')
        text = root.xpath('//div[@class="acontent" or @class="layout_txtcontent_content"]')
        day = re.search(r"日期：\s*(\d{4}-\d{2}-\d{2})", info[0].text_content()) if info else None
        if not (headline and day and text):
            raise SystemExit(f"cms-wgxy: {path}: not the article template")
        trail = [a.text_content().strip() for a in root.xpath('//div[@class="position2"]/a')]
        body = text_of(text[0])
        if not "".join(body.split()):
            ignored.append({"path": path, "reason": "an item without text: a photo, a video or an attachment"})
            continue
        if trail and trail[-1].endswith("简介"):
            ignored.append({"path": path, "reason": "a department's introduction, a single page kept as an item"})
            continue
        posts.append(
            {
                "path": path,
                "title": " ".join(headline[0].text_content().split()),
                "date": day.group(1),
                "categories": trail[-1:],
                "body": body,
            }
        )
    return {
        "generator": "Chinese school CMS (static copy)",
        "language": "zh",
        "pagination": "columns /html/<column id>/index.html (one page each in the copy), the sub-sites' homes "
        "/index<n>.html and columns",
        "truth_source": "the CMS's article templates (no source or feed exists): div.actitle / "
        "div.layout_txtcontent_title, the '日期：' day of div.acinfo / div.layout_txtcontent_info, div.acontent / "
        "div.layout_txtcontent_content",
        "origins": ["http://www.wgxy.org.cn", "https://www.wgxy.org.cn"],
        "ignored": ignored,
        "posts": posts,
    }


def epoint_zjgztb(repo: Repo, site: Path) -> dict[str, Any]:
    """Epoint WebBuilder (新点, the portal builder of many Chinese public-resource trading centres and government
    sites) portal of the Zhangjiagang public-resource trading centre (张家港市公共资源交易信息网) with its sister
    centres' columns (Changshu, Kunshan, Taicang, Wujiang), a static copy at the commit before the copy's owner
    rewrote the home page with a block of links to other sites. Articles
    /<centre>/<column>/<sub-column>/<YYYYMMDD>/<uuid, cut to 8-4-4-4-8>.html, column pages
    /<centre>/<column>/<sub-column>/<name>_moreinfo.html; every page's <title> is the site's name, never the
    headline. No source or feed exists: the truth is the template's ``div.article-info``: its ``h1``, the day of
    "【信息发布时间：2020-10-27", the text ``div.con``. Items whose text is empty (a manual of scanned pages, a
    form or a rule as an attachment) and the centres' "关于我们" (about us) pages, single pages kept as items, are
    ignored. No page names an author."""
    posts, ignored = [], []
    for file in sorted(site.rglob("*.html")):
        rel = file.relative_to(site).as_posix()
        if not re.search(r"/\d{8}/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{8}\.html$", rel):
            continue
        path = "/" + rel
        root = lxml.html.fromstring(file.read_bytes().decode("utf-8"))
        article = root.xpath('//div[@class="article-info"]')
        if not article:
            raise SystemExit(f"epoint-zjgztb: {path}: not the article template")
        headline = article[0].find("h1")
        info = article[0].xpath('.//p[contains(@class, "info-sources")]')
        text = article[0].xpath('.//div[contains(concat(" ", @class, " "), " con ")]')
        day = re.search(r"信息发布时间：\s*(\d{4}-\d{2}-\d{2})", info[0].text_content()) if info else None
        if headline is None or not day or not text:
            raise SystemExit(f"epoint-zjgztb: {path}: no headline, day or text")
        trail = [a.text_content().strip() for a in root.xpath('//div[@class="ewb-loc"]/a')]
        body = text_of(text[0])
        if not "".join(body.split()):
            ignored.append({"path": path, "reason": "an item without text: scanned pages or an attachment"})
            continue
        if trail and trail[-1] == "关于我们":
            ignored.append({"path": path, "reason": "a centre's 'about us' page, a single page kept as an item"})
            continue
        posts.append(
            {
                "path": path,
                "title": " ".join(headline.text_content().split()),
                "date": day.group(1),
                "categories": trail[-1:],
                "body": body,
            }
        )
    return {
        "generator": "Epoint WebBuilder (新点), static copy",
        "language": "zh",
        "pagination": "column pages <name>_moreinfo.html (one page each in the copy), the home's and centres' boxes",
        "truth_source": "the article template (no source or feed exists): div.article-info h1, the "
        "'信息发布时间：' day, div.con",
        "origins": ["http://www.zjgztb.com", "https://www.zjgztb.com"],
        "ignored": ignored,
        "posts": posts,
    }


def cn_day(text: str) -> str | None:
    """The first day a Chinese page prints, "2021年3月11日" or "2020-08-21", as YYYY-MM-DD."""
    found = re.search(r"(\d{4})\s*(?:年|-|/)\s*(\d{1,2})\s*(?:月|-|/)\s*(\d{1,2})", text)
    return f"{found.group(1)}-{int(found.group(2)):02d}-{int(found.group(3)):02d}" if found else None


ATTACHMENT = re.compile(r"\.(?:pdf|docx?|xlsx?|pptx?|rar|zip|7z|wps|txt)$", re.I)


def attachment_only(element: lxml.html.HtmlElement) -> bool:
    """True where an item's text is nothing but links to attachments (the item is a file to download: its
    "text" is the file's name), with at most a short download label ("点击下载：", "文件下载："). A static copy
    writes some download links as ``javascript:;``."""
    holder = copy.deepcopy(element)
    for link in list(holder.iter("a")):
        href = (link.get("href") or "").strip()
        if ATTACHMENT.search(href) or ATTACHMENT.search(link.text_content().strip()) or href.startswith("javascript"):
            link.drop_tree()
    rest = "".join(text_of(holder).split())
    words = re.sub(r"[\W\d_]", "", rest)  # list numbers and punctuation around the links
    return not words or bool(ATTACHMENT.search(rest)) or (len(rest) <= 12 and "下载" in rest)


def cms_jspn(repo: Repo, site: Path) -> dict[str, Any]:
    """The portal of 江苏省价格协会 (the Jiangsu price association, www.jspn.js.cn), a static copy at the commit
    before the copy's owner rewrote the home page with a block of links to other sites. A table-layout CMS of the
    2000s: column pages /col<n>/articlecolumn.html (its pager a script, goToPageURL), articles
    /col<n>/[col<m>/]articleinfo-<id>.html and picture items picinfo-<id>.html. No source or feed exists: the truth
    is the template's ``td.x_content_title`` (the headline), the day of ``span.x_time`` ("2020-08-21 14:53:33"),
    the text ``div#divMainContentID``. The picture items' "作者：" span is empty and "编辑：" names the account
    ("系统管理员"): no author. Items whose text is empty and the column of single pages (联系我们) are ignored."""
    posts, ignored = [], []
    for file in sorted(site.rglob("*info-*.html")):
        rel = file.relative_to(site).as_posix()
        if not re.fullmatch(r"col\d+/(?:col\d+/)?(?:article|pic)info-\d+\.html", rel):
            continue
        path = "/" + rel
        root = lxml.html.fromstring(file.read_bytes().decode("utf-8"))
        headline = root.xpath('//td[@class="x_content_title"]')
        stamp = root.xpath('//span[@class="x_time"]')
        text = root.xpath('//div[@id="divMainContentID"]')
        day = cn_day(stamp[0].text_content()) if stamp else None
        if not headline or not day or not text:
            raise SystemExit(f"cms-jspn: {path}: no headline, day or text")
        trail = [a.text_content().strip() for a in root.xpath('//a[@class="x_column_link"]')]
        body = text_of(text[0])
        if not "".join(body.split()) or attachment_only(text[0]):
            ignored.append({"path": path, "reason": "an item without text: an image or an attachment"})
            continue
        if trail and trail[-1] == "联系我们":
            ignored.append({"path": path, "reason": "the contact column's single page, kept as an item"})
            continue
        posts.append(
            {
                "path": path,
                "title": " ".join(headline[0].text_content().split()),
                "date": day,
                "categories": trail[-1:],
                "body": body,
            }
        )
    return {
        "generator": "a table-layout Chinese CMS (x_content_title, articleinfo-<id>.html), static copy",
        "language": "zh",
        "pagination": "column pages /col<n>/articlecolumn.html, their pager a script (a few articlecolumn-<n>.html "
        "in the copy)",
        "truth_source": "the article template (no source or feed exists): td.x_content_title, the day of "
        "span.x_time, div#divMainContentID",
        "origins": ["http://www.jspn.js.cn", "https://www.jspn.js.cn"],
        "ignored": ignored,
        "posts": posts,
    }


def fz_slxx(repo: Repo, site: Path) -> dict[str, Any]:
    """The site of 鞍山市铁东区胜利小学 (a primary school in Anshan) on 富众's school site builder (js_fz/,
    "技术支持：富众网络"), a static copy. Column pages /newslist/<id>.html, items /page/<id>.html. No source or feed
    exists: the truth is the template's ``div.sys_info``: its ``div.tit`` (the headline), the day of
    ``div.pub_time`` ("[发布时间2021年3月11日]", or the day alone), the text ``div#ContentID``. Items whose text is
    empty (a picture, an attachment) are ignored, and so are the school's single pages kept as items of its
    introduction columns (学校简介, 部门职责 ...), read from the column the page's menu marks. No page names an
    author."""
    posts, ignored = [], []
    for file in sorted((site / "page").glob("*.html")):
        path = "/" + file.relative_to(site).as_posix()
        root = lxml.html.fromstring(file.read_bytes().decode("utf-8"))
        headline = root.xpath('//div[@class="sys_info"]/div[@class="tit"]')
        stamp = root.xpath('//div[@class="sys_info"]/div[@class="pub_time"]')
        text = root.xpath('//div[@id="ContentID"]')
        day = cn_day(stamp[0].text_content()) if stamp else None
        if not headline or not day or not text:
            raise SystemExit(f"fz-slxx: {path}: no headline, day or text")
        body = text_of(text[0])
        if not "".join(body.split()) or attachment_only(text[0]):
            ignored.append({"path": path, "reason": "an item without text: a picture or an attachment"})
            continue
        posts.append({"path": path, "title": " ".join(headline[0].text_content().split()), "date": day, "body": body})
    return {
        "generator": "富众 school site builder (js_fz), static copy",
        "language": "zh",
        "pagination": "column pages /newslist/<id>.html (one page each in the copy)",
        "truth_source": "the item template (no source or feed exists): div.sys_info div.tit, the day of "
        "div.pub_time, div#ContentID",
        "origins": ["http://www.23slxx.cn", "https://www.23slxx.cn"],
        "ignored": ignored,
        "posts": posts,
    }


def tiangong_gxpopss(repo: Repo, site: Path) -> dict[str, Any]:
    """The portal of 广西社科规划办 (the Guangxi office for philosophy and social-science planning) on 广西新闻网's
    天工 publishing system, a static copy at the commit before the copy's owner rewrote the home page with a block of
    links to other sites. Column pages /staticmores/<column>/<column>-<n>.html, items
    /staticpages/<YYYYMMDD>/ghb<hex>-<n>.html. No source or feed exists: the truth is the template's
    ``div.article-title h2`` (the headline), the day of ``div.article-info`` ("【时间：2018年07月06日 11:25】"),
    its "【作者：…】" where it names one, the text ``div.article-content``. Items whose text is empty (a scanned
    bulletin, a form as an attachment) and the contact page (联系我们) are ignored."""
    posts, ignored = [], []
    for file in sorted((site / "staticpages").rglob("*.html")):
        path = "/" + file.relative_to(site).as_posix()
        root = lxml.html.fromstring(file.read_bytes().decode("utf-8"))
        headline = root.xpath('//div[@class="article-title"]/h2')
        info = root.xpath('//div[@class="article-title"]/div[@class="article-info"]')
        text = root.xpath('//div[@class="article-content"]')
        day = cn_day(info[0].text_content()) if info else None
        if not headline or not day or not text:
            raise SystemExit(f"tiangong-gxpopss: {path}: no headline, day or text")
        title = " ".join(headline[0].text_content().split())
        body = text_of(text[0])
        if not "".join(body.split()) or attachment_only(text[0]):
            ignored.append({"path": path, "reason": "an item without text: a scanned page or an attachment"})
            continue
        if title == "联系我们":
            ignored.append({"path": path, "reason": "the contact page, a single page kept as an item"})
            continue
        post = {"path": path, "title": title, "date": day, "body": body}
        author = re.search(r"【作者：([^】]*)】", info[0].text_content())
        if author and author.group(1).strip():
            post["author"] = author.group(1).strip()
        posts.append(post)
    return {
        "generator": "天工 publishing system of 广西新闻网, static copy",
        "language": "zh",
        "pagination": "column pages /staticmores/<column>/<column>-<n>.html (the first pages in the copy)",
        "truth_source": "the item template (no source or feed exists): div.article-title h2, the day and "
        "'【作者：' of div.article-info, div.article-content",
        "origins": ["http://www.gxpopss.cn", "https://www.gxpopss.cn"],
        "ignored": ignored,
        "posts": posts,
    }


def jigsaw_phpsp(repo: Repo, site: Path) -> dict[str, Any]:
    """The site of PHPSP, the PHP user group of São Paulo, built by Jigsaw (Tighten's static site generator on
    Laravel's Blade) and deployed to ``gh-pages``. Articles /artigos/<slug>/, listed by /artigos/ + /artigos/N/
    and by the home + /N/. The sources (``source/_posts/*.md`` on ``master`` the day of the build) give the
    title, the day (``createdAt``) and the author; a post is matched to its source by title. The page prints
    "por <author> em DD/MM/YYYY" under its ``<h1>``, checked against the source on every post. Body: the
    template's ``section div.content`` without the headline and that byline line."""
    source = Repo(repo.gitdir, "32a9206334b3a248f72787b72bc520fe0fcc69d8")  # master at the build (2023-02-05)
    sources: dict[str, dict[str, Any]] = {}
    for name in source.files("source/_posts"):
        if name.endswith(".md"):
            meta, _ = front_matter(source.show(name))
            sources[" ".join(str(meta["title"]).split())] = meta
    posts = []
    for file in sorted((site / "artigos").glob("*/index.html")):
        slug = file.parent.name
        if slug.isdigit():
            continue  # a listing page
        path = f"/artigos/{slug}/"
        root = lxml.html.fromstring(file.read_bytes())
        content = root.cssselect("section div.content")[0]
        headline = content.cssselect("h1")[0]
        title = " ".join(headline.text_content().split())
        byline = headline.getnext()
        shown = " ".join(byline.text_content().split())
        found = re.match(r"por (.+?) em (\d{2})/(\d{2})/(\d{4})$", shown)
        if not found:
            raise SystemExit(f"jigsaw-phpsp: {path}: no byline under the headline ({shown!r})")
        author, day = found.group(1), f"{found.group(4)}-{found.group(3)}-{found.group(2)}"
        meta = sources.get(title)
        if meta is not None and (str(meta["createdAt"])[:10] != day or str(meta["author"]).strip() != author):
            raise SystemExit(f"jigsaw-phpsp: {path}: the byline disagrees with the source")
        holder = copy.deepcopy(content)
        for unwanted in [*holder.cssselect("h1"), holder[1]]:
            unwanted.drop_tree()
        posts.append({"path": path, "title": title, "date": day, "author": author, "body": text_of(holder)})
    return {
        "generator": "jigsaw (Laravel Blade static site generator, Bulma)",
        "language": "pt",
        "pagination": "/artigos/ + /artigos/N/ (Jigsaw pagination), the home + /N/",
        "truth_source": "source/_posts/*.md front matter on master at the build (title, createdAt, author), "
        "matched by title and checked against the byline the page prints; body: section div.content "
        "without the headline and the byline",
        "origins": ["https://phpsp.github.io/phpsp.org.br", "https://phpsp.org.br", "http://phpsp.org.br"],
        "posts": posts,
    }


def hugo_liva_nutmeg(repo: Repo, site: Path) -> dict[str, Any]:
    """The blog of NUTMEG, the information bureau of the Nagaoka University of Technology festival committee
    (長岡技術科学大学 技大祭実行委員会 情報局), in Japanese, Hugo with the liva-hugo theme, built into ``docs/``
    (``canonifyurls``: every link names https://blog.nutmeg.cloud). Posts /blog/<file name, lower-cased>/,
    listed by /blog/ + /blog/page/N/ (6 a page), the home, categories and tags. Every page's ``<title>`` is the
    site's name; the headline is the ``<h2>`` over ``div.post-meta`` ("By NUTMEG", the day). The sources
    (``content/blog/*.md``) give the title and the moment (+09:00); the byline the page prints is the site's
    author for every post (the front matter's own ``autors`` is shown nowhere). Body: ``div.content``."""
    posts = []
    for name in repo.files("content/blog"):
        stem = name.rsplit("/", 1)[-1]
        if not stem.endswith(".md") or stem.startswith("_"):
            continue
        meta, _ = front_matter(repo.show(name))
        path = f"/blog/{stem[:-3].lower()}/"
        file = site / path.strip("/") / "index.html"
        if not file.is_file():
            continue  # not in this build (written after it)
        moment = meta["date"] if isinstance(meta["date"], datetime) else datetime.fromisoformat(str(meta["date"]))
        root = lxml.html.fromstring(file.read_bytes())
        meta_line = root.cssselect("div.post-meta")[0]
        headline = meta_line.getprevious()
        shown_title = " ".join(headline.text_content().split())
        title = " ".join(str(meta["title"]).split())
        if shown_title != " ".join(title.replace("*", " ").split()):  # the theme renders the title's Markdown
            raise SystemExit(f"hugo-liva-nutmeg: {path}: the headline {shown_title!r} is not the title {title!r}")
        title = shown_title
        spans = [" ".join(s.text_content().split()) for s in meta_line.iter("span")]
        shown_day = datetime.strptime(spans[-1], "%d %B %Y").date().isoformat()
        day, iso = local_day(moment.isoformat(), 9)
        if shown_day != day:
            raise SystemExit(f"hugo-liva-nutmeg: {path}: the page prints {shown_day}, the source {day}")
        author = spans[0].removeprefix("By ").strip()
        posts.append(
            {
                "path": path,
                "title": title,
                "date": day,
                "datetime": iso,
                "author": author,
                "categories": meta.get("categories") or [],
                "body": page_text(site, path, "div.content"),
            }
        )
    return {
        "generator": "hugo (liva-hugo theme)",
        "language": "ja",
        "pagination": "/blog/ + /blog/page/N/ (Hugo, 6 a page), /page/N/, categories and tags with /page/N/",
        "truth_source": "content/blog/*.md front matter (title, date at +09:00), checked against the page's <h2> "
        "headline and printed day; author: the byline the theme prints ('By NUTMEG'); body: div.content",
        "origins": ["https://blog.nutmeg.cloud", "http://blog.nutmeg.cloud"],
        "posts": posts,
    }


EFE_SOURCE = "2ec25c1d97707e6ffb074a1ebd5c8810830d3958"  # efe branch, 2019-05-19: the sources of the build


def hexo_efe_ecomfe(repo: Repo, site: Path) -> dict[str, Any]:
    """The blog of Baidu's EFE front-end team (百度 EFE, the former ECOM front-end team), Hexo with the team's own
    "efe" theme, deployed to ``master``. Posts /blog/<file name>/ (permalink ``blog/:title/``), listed by the
    home + /page/N/ (6 a page), archives by year and month with /page/N/, tags. Each post names its author
    (``author`` and ``author_link`` in the front matter, the ``span.article-author`` byline the page prints).
    The sources (``source/_posts/*.md`` on the ``efe`` branch the day before the build) give the title, the day
    (+08:00) and the author, each checked against the page's ``<h1>``, ``<time>`` and byline. Body: the page's
    ``article`` without its headline and meta line."""
    source = Repo(repo.gitdir, EFE_SOURCE)
    posts = []
    for name in source.files("source/_posts"):
        stem = name.rsplit("/", 1)[-1]
        if name.count("/") != 2 or not stem.endswith(".md"):
            continue
        meta, _ = hexo_front_matter(source.show(name))
        path = f"/blog/{stem[:-3]}/"
        file = site / path.strip("/") / "index.html"
        if not file.is_file():
            raise SystemExit(f"hexo-efe-ecomfe: {path}: the source has no page in the build")
        root = lxml.html.fromstring(file.read_bytes())
        article = root.cssselect("article")[0]
        title = " ".join(str(meta["title"]).split())
        shown_title = " ".join(article.cssselect("h1")[0].text_content().split())
        if shown_title != title:
            raise SystemExit(f"hexo-efe-ecomfe: {path}: the headline {shown_title!r} is not the title {title!r}")
        shown = article.cssselect("div.article-meta time")[0]
        day, moment = local_day(shown.get("datetime"), 8)
        written = meta["date"]
        if isinstance(written, datetime):
            written_day = written.date().isoformat()
        else:  # a date, or a string YAML leaves alone ("2015-6-1")
            written_day = jekyll_time(str(written)).date().isoformat()
        if day != written_day or day != shown.text_content().strip():
            raise SystemExit(f"hexo-efe-ecomfe: {path}: the page prints {shown.text_content()!r}, the source {written}")
        byline = article.cssselect("span.article-author")
        author = " ".join(byline[0].text_content().split()) if byline else None
        if author != (" ".join(str(meta["author"]).split()) if meta.get("author") else None):
            raise SystemExit(f"hexo-efe-ecomfe: {path}: the byline {author!r} is not the author {meta.get('author')!r}")
        holder = copy.deepcopy(article)
        for unwanted in [*holder.cssselect("h1"), *holder.cssselect("div.article-meta")]:
            unwanted.drop_tree()
        posts.append(
            {
                "path": path,
                "title": title,
                "date": day,
                "datetime": moment,
                "author": author,
                "tags": meta.get("tags") or [],
                "body": text_of(holder),
            }
        )
    return {
        "generator": "hexo (the team's own efe theme)",
        "language": "zh",
        "pagination": "the home + /page/N/ (6 a page), /archives/ + /page/N/, by year and month, tags with /page/N/",
        "truth_source": "source/_posts/*.md front matter on the efe branch at the build (title, date at +08:00, "
        "author), checked against the page's <h1>, <time> and span.article-author; body: the page's article "
        "without the headline and the meta line",
        "origins": [
            "https://efe.baidu.com",
            "http://efe.baidu.com",
            "https://ecomfe.github.io",
            "http://ecomfe.github.io",
        ],
        "posts": posts,
    }


def empire_snpo(repo: Repo, site: Path) -> dict[str, Any]:
    """福建民间组织信息网, the portal of 福建省海峡社会组织研究院 (a non-profit research institute that publishes
    the news of Fujian's civil organisations, www.snpo.org.cn), an EmpireCMS (帝国CMS) site: column pages
    /<col>/index.html + index_<n>.html, articles /<col>/<day>/<id>.html, the search and region filters
    /e/action/ListInfo-*.html; a static copy at the commit before the copy's owner added a hidden block of links
    to other sites. No source or feed exists: the truth is the article template's ``div.news-list1``: its first
    ``p`` (the headline, a centred paragraph: the template has no heading element and ``<title>`` names the
    site), the day of the ``div`` under it ("时间：2020-12-01 11:30:31  来源：..."), the text after both
    (without the template's empty ``p.pageLink``). The organisation directory's records (/dh/<kind>/<day>/<id>.html,
    a name, a region and a web address, no article template) and the course column's video items (their text the
    headline again and a player link) are ignored. No page names an author ("来源" names a source)."""
    posts, ignored = [], []
    for file in sorted(site.rglob("*.html")):
        rel = file.relative_to(site).as_posix()
        if not re.fullmatch(r"(?:[a-z]+/)+\d{4}-\d{2}-\d{2}/\d+\.html", rel):
            continue
        path = "/" + rel
        root = lxml.html.fromstring(file.read_bytes().decode("utf-8"))
        holder = root.xpath('//div[@class="news-list1"]')
        if not holder:
            if rel.startswith("dh/"):
                ignored.append({"path": path, "reason": "a record of the organisation directory, not an article"})
                continue
            raise SystemExit(f"empire-snpo: {path}: no article template")
        content = copy.deepcopy(holder[0])
        headline = content.xpath("./p[1]")[0]
        stamp = content.xpath("./div[1]")[0]
        day = cn_day(stamp.text_content())
        title = " ".join(headline.text_content().split())
        if not title or not day:
            raise SystemExit(f"empire-snpo: {path}: no headline or day")
        for part in [headline, stamp, *content.xpath('.//p[@class="pageLink"]')]:
            part.drop_tree()
        body = text_of(content)
        if not "".join(body.split()):
            ignored.append({"path": path, "reason": "an item without text: pictures only"})
            continue
        if content.xpath('.//a[contains(@class, "media")]'):
            ignored.append({"path": path, "reason": "a video item: its text is the headline and a player link"})
            continue
        posts.append({"path": path, "title": title, "date": day, "categories": [rel.split("/")[0]], "body": body})
    return {
        "generator": "EmpireCMS (帝国CMS 7.x: e/action/ListInfo, /<col>/<day>/<id>.html), static copy",
        "language": "zh",
        "pagination": "column pages /<col>/index.html + index_<n>.html (a numbered pager; the copy holds the first "
        "ten pages of a few columns and the last page of each)",
        "truth_source": "the article template (no source or feed exists): div.news-list1's first p (headline), "
        "the day of the div under it, the text after both",
        "origins": [
            "http://www.snpo.org.cn",
            "https://www.snpo.org.cn",
            "http://www.fjmjzz.com",
            "https://www.fjmjzz.com",
        ],
        "ignored": ignored,
        "posts": posts,
    }


def zola_rustembedded(repo: Repo, site: Path) -> dict[str, Any]:
    """The blog of the Rust Embedded Working Group (its bi-weekly newsletters and announcements), English,
    built by Zola (the Rust static site generator, Tera templates) with the hyde theme and deployed to
    ``gh-pages``. Posts /<slug>/ at the root, listed by the home + /page/N/ (5 a page, each post's summary or
    its whole text before ``<!-- more -->``). Every page's ``<title>`` is the site's name; the headline is
    ``h1.post-title`` over ``span.post-date``; no byline. The sources (``content/*.md`` on ``master`` at the
    deployed commit, TOML front matter) give the title and the day; a post is matched to its source by
    title, and the day the page prints is checked against it. Body: ``div.post`` without the headline and
    the day. Older permalinks (/YYYY-MM-DD/) are redirect pages the front matter's ``aliases`` make."""
    source = Repo(repo.gitdir, "4160fa2408f356fdede2230b08eb7829986d03ee")  # master, deployed by this commit
    sources: dict[str, dict[str, Any]] = {}
    for name in source.files("content"):
        if name.endswith(".md") and not name.endswith("_index.md"):
            meta, _ = front_matter(source.show(name))
            if not meta.get("draft"):
                sources[" ".join(str(meta["title"]).split())] = meta
    posts, ignored = [], []
    for file in sorted(site.glob("*/index.html")):
        path = f"/{file.parent.name}/"
        root = lxml.html.fromstring(file.read_bytes())
        holders = root.cssselect("div.content div.post")
        if not holders:
            ignored.append({"path": path, "reason": "a redirect page an older permalink (front matter aliases) leaves"})
            continue
        holder = copy.deepcopy(holders[0])
        title = " ".join(holder.cssselect("h1.post-title")[0].text_content().split())
        shown_day = holder.cssselect("span.post-date")[0].text_content().strip()
        meta = sources.get(title)
        if meta is None:
            raise SystemExit(f"zola-rustembedded: {path}: no source titled {title!r}")
        if str(meta["date"])[:10] != shown_day:
            raise SystemExit(f"zola-rustembedded: {path}: the page prints {shown_day}, the source {meta['date']}")
        for unwanted in [*holder.cssselect("h1.post-title"), *holder.cssselect("span.post-date")]:
            unwanted.drop_tree()
        posts.append({"path": path, "title": title, "date": shown_day, "author": None, "body": text_of(holder)})
    return {
        "generator": "zola (Rust static site generator, Tera templates; hyde theme)",
        "language": "en",
        "pagination": "the home + /page/N/ (Zola paginate_by = 5), summaries before <!-- more -->",
        "truth_source": "content/*.md TOML front matter on master at the deployed commit (title, date), matched by "
        "title and checked against the day the page prints; body: div.post without the headline and the day",
        "origins": ["https://blog.rust-embedded.org", "http://blog.rust-embedded.org"],
        "ignored": ignored,
        "posts": posts,
    }


def hexo_icarus_fcccd(repo: Repo, site: Path) -> dict[str, Any]:
    """The site of FreeCodeCamp 成都社区 (freeCodeCamp Chengdu community), Hexo 4.2 with the Icarus theme,
    built from the ``hexo`` branch (its posts a submodule, FreeCodeCamp-Chengdu/Wiki) and deployed to ``master``.
    Posts at /<category path>/<slug>/ (activities, articles, partner and profile posts), listed by the home +
    /page/N/ (3 a page), /archives/ + /page/N/, categories and tags. content.json lists every post (title, link,
    text), no date: the date is the day the post's header prints (its first ``<time>``, Hexo's UTC instant shown
    at +08:00). The pages print no byline (``article:author`` is the site's name on every page): no author.
    Body: the theme's ``div.card-content.article div.content``."""
    index = json.loads(repo.show("content.json"))["posts"]
    texts = {relative(post["link"]): post.get("text") or "" for post in index}
    bodies, agreement = page_bodies(site, texts, "div.card-content.article div.content", CODE_GUTTER)
    posts = []
    for post in index:
        path = relative(post["link"])
        root = page(site, path)
        card = root.cssselect("div.card-content.article")[0]
        shown = card.cssselect(".article-meta time")[0]
        day, moment = local_day(shown.get("datetime"), 8)
        if day != (shown.text or "").strip():
            raise SystemExit(f"hexo-icarus-fcccd: {path}: the header prints {shown.text!r}, not the +08:00 day {day}")
        title = " ".join(html.unescape(post["title"]).split())
        shown_title = " ".join(card.cssselect("h1")[0].text_content().split())
        if shown_title != title:
            raise SystemExit(f"hexo-icarus-fcccd: {path}: the headline {shown_title!r} is not the title {title!r}")
        posts.append(
            {
                "path": path,
                "title": title,
                "date": day,
                "datetime": moment,
                "author": None,
                "section": path.strip("/").split("/")[0],
                "body": bodies[path],
            }
        )
    return {
        "generator": "hexo (Icarus theme)",
        "language": "zh",
        "pagination": "/page/N/ (Hexo, 3 a page), /archives/ + /page/N/, by year and month, categories, tags",
        "truth_source": "content.json (title, link), every post Hexo built (activities, articles, partners, "
        "profile); date: the day the post header's <time> prints (checked to be its datetime at +08:00); no "
        "author (no byline printed); body: div.card-content.article div.content",
        "index_agreement": agreement,
        "origins": ["https://fcc-cd.dev", "http://fcc-cd.dev", "https://freecodecamp-chengdu.github.io"],
        "posts": posts,
    }


def cms_gzfezx(repo: Repo, site: Path) -> dict[str, Any]:
    """The portal of 广州市妇女儿童医疗中心 (Guangzhou Women and Children's Medical Center, a city hospital,
    www.gzfezx.net), on a component site builder (``FrontColumns_navigation01``, ``FrontNews_list01``,
    ``FrontPublic_breadCrumb01``), a Teleport copy (``tppabs``) at the commit before the copy's owner added a
    hidden block of links to other sites (its home page's ``<title>`` the owner's rename). Column pages
    /<col>/[<sub>/]index.html + <n>.html, items /a/<yyyymm>/<id>.html. No source or feed exists: the truth is
    the item templates: the news one's ``<h2>`` (the headline), the day of ``div.message span.date``
    ("日期：2020-11-16"), the text ``div#infoContent``; the specialists' one's ``div.Specialtitle``, the day of the
    line under it ("发布日期：2020-12-25"), the text after them. Items the site's top menu links as a column's
    page (医院简介, 转运巴士, 监督举报 ...), items without either template (a campus's page, a column's list of
    links), items without text (a picture, an attachment) and video items ("点击视频查看：" over a player) are ignored.
    No page names an author."""
    home = lxml.html.fromstring((site / "index.html").read_bytes().decode("utf-8"))
    menu_items = {
        "/" + urljoin("index.html", a.get("href"))
        for a in home.xpath('//div[@id="FrontColumns_navigation01-topnav"]//a[@href]')
        if a.get("href").startswith("a/")
    }
    posts, ignored = [], []
    for file in sorted(site.glob("a/*/*.html")):
        rel = file.relative_to(site).as_posix()
        if not re.fullmatch(r"a/\d{6}/\d+\.html", rel):
            continue
        path = "/" + rel
        if path in menu_items:
            ignored.append({"path": path, "reason": "a column's single page, linked from the site's top menu"})
            continue
        root = lxml.html.fromstring(file.read_bytes().decode("utf-8"))
        stamp = root.xpath('//div[@class="message"]//span[@class="date"]')
        special = root.xpath('//div[contains(@class, "Specialtitle")]')
        if stamp:
            headline = stamp[0].xpath('./ancestor::div[@class="message"]/preceding-sibling::h2[1]')[0]
            text = root.xpath('//div[@id="infoContent"]')[0]
            body = text_of(text)
            empty = not "".join(body.split()) or attachment_only(text)
            if not empty and len("".join(body.split())) <= 12 and text.xpath(".//iframe | .//video | .//embed"):
                ignored.append({"path": path, "reason": "a video item: its text a label over the player"})
                continue
        elif special:
            headline = special[0]
            stamp = headline.xpath('./following-sibling::div[contains(@class, "Specialli")][1]')
            content = copy.deepcopy(headline.getparent())
            for part in content.xpath('./div[contains(@class, "Specialli")]'):
                part.drop_tree()
            body = text_of(content)
            empty = not "".join(body.split())
        else:
            ignored.append({"path": path, "reason": "no item template: a campus's page or a column's list of links"})
            continue
        day = cn_day(stamp[0].text_content()) if stamp else None
        title = " ".join(headline.text_content().split())
        if not title or not day:
            raise SystemExit(f"cms-gzfezx: {path}: no headline or day")
        if empty:
            ignored.append({"path": path, "reason": "an item without text: a picture or an attachment"})
            continue
        posts.append({"path": path, "title": title, "date": day, "body": body})
    return {
        "generator": "a component site builder (FrontColumns_navigation01, FrontNews_list01), Teleport copy",
        "language": "zh",
        "pagination": "column pages /<col>/[<sub>/]index.html + <n>.html (a numbered pager; the copy holds some of "
        "each column's pages)",
        "truth_source": "the item templates (no source or feed exists): h2 + div.message span.date + div#infoContent; "
        "div.Specialtitle + the 发布日期 line under it",
        "origins": [
            "http://www.gzfezx.net",
            "https://www.gzfezx.net",
            "http://www.gzfuying.com",
            "https://www.gzfuying.com",
        ],
        "ignored": ignored,
        "posts": posts,
    }


def siteserver_lgedu(repo: Repo, site: Path) -> dict[str, Any]:
    """The portal of a city's education and sports bureau (www.lgedu.net) on SiteServer CMS (``/api/stl/actions``,
    ``publishmentSystemId``): column pages /channels/<id>.html + <id>_<n>.html, items /contents/<channel>/<id>.html,
    with the pages of its discipline-inspection group (another template of the same CMS). A static copy at the
    commit before the copy's owner added a hidden block of links to other sites; the copy also replaced the city's
    name by '岚皋县市' (headlines and text included): the truth is read from the pages as they are. No source or
    feed exists: the bureau's template prints a ``<ul>`` holding the headline ``<h1>``, the line ``<h2>发布时间：
    2020-12-25  来源：…</h2>`` and the text (the text's own headings are more ``<h1>``/``<h2>``); the group's
    template ``div.cont``: ``<h1>``, ``div.info span.date`` ("发布时间：2020-03-13"), the text ``div.consultCon``.
    The information-disclosure records (a table of 文号, 发布机构 ... over the text, another template), items
    without text (a picture, an attachment) and an editor's test item (headline and text 'test') are ignored.
    No page names an author ("来源" names the office)."""
    posts, ignored = [], []
    for file in sorted(site.glob("contents/*/*.html")):
        rel = file.relative_to(site).as_posix()
        if not re.fullmatch(r"contents/\d+/\d+\.html", rel):
            continue
        path = "/" + rel
        root = lxml.html.fromstring(file.read_bytes().decode("utf-8"))
        bureau = root.xpath('//ul[h1][h2[contains(., "发布时间")]]')
        group = root.xpath('//div[@class="cont"][h1][div[@class="info"]]')
        if bureau:
            content = copy.deepcopy(bureau[0])
            headline = content.xpath("./h1[1]")[0]
            stamp = content.xpath('./h2[contains(., "发布时间")][1]')[0]
            day = cn_day(stamp.text_content())
            title = " ".join(headline.text_content().split())
            for part in (headline, stamp):
                part.drop_tree()
            text = content
        elif group:
            title = " ".join(group[0].xpath("./h1")[0].text_content().split())
            day = cn_day(" ".join(group[0].xpath('./div[@class="info"]/span[@class="date"]')[0].itertext()))
            text = group[0].xpath('./div[@class="consultCon"]')[0]
        else:
            ignored.append(
                {"path": path, "reason": "an information-disclosure record: a table of 文号, 发布机构 over the text"}
            )
            continue
        if not title or not day:
            raise SystemExit(f"siteserver-lgedu: {path}: no headline or day")
        body = text_of(text)
        if not "".join(body.split()) or attachment_only(text):
            ignored.append({"path": path, "reason": "an item without text: a picture or an attachment"})
            continue
        if body.strip().lower() == title.lower():
            ignored.append({"path": path, "reason": "an editor's test item: its text is its headline ('test')"})
            continue
        posts.append({"path": path, "title": title, "date": day, "body": body})
    return {
        "generator": "SiteServer CMS (STL, /contents/<channel>/<id>.html), static copy",
        "language": "zh",
        "pagination": "column pages /channels/<id>.html + <id>_<n>.html (a numbered pager; the copy holds some of "
        "each column's pages)",
        "truth_source": "the item templates (no source or feed exists): ul > h1 + h2 发布时间 + the rest; div.cont > "
        "h1 + div.info span.date + div.consultCon",
        "origins": ["https://www.lgedu.net", "http://www.lgedu.net"],
        "ignored": ignored,
        "posts": posts,
    }


def publii_hgk(repo: Repo, site: Path) -> dict[str, Any]:
    """The site of the Hoge Gilderaad der Kempen, the umbrella council of some 70 shooting guilds of the
    Kempen (Belgium), in Dutch, built by Publii (a desktop static-site CMS) and pushed as built files. Posts
    at the root (/<slug>.html), listed by tag and author pages with /page/N/ (the home / is a meta refresh to
    /welkom.html, itself a post the site lists). The repository holds only the build: every post carries the
    CMS's own record as JSON-LD (``@type: Article``: headline, datePublished, author), which gives the title
    (checked against the ``<h1>``) and the day; the page prints no day (only the listings do, checked
    against it where a listing shows the post). Author: the byline the page prints ("Door <name>", absent on
    some posts: then none). Body: ``div.post__entry``. The Atom/JSON feeds hold the ten newest posts' full
    text: their agreement with the page is recorded."""
    posts = []
    shown_days: dict[str, str] = {}
    for listing in site.rglob("index.html"):
        root = lxml.html.fromstring(listing.read_bytes())
        for article in root.cssselect("main article"):
            links = article.cssselect("h2 a[href]")
            stamps = article.cssselect("time[datetime]")
            if links and stamps:
                shown_days[relative(links[0].get("href"))] = stamps[0].get("datetime")[:10]
    for file in sorted(site.glob("*.html")):
        root = lxml.html.fromstring(file.read_bytes())
        record = None
        for script in root.xpath("//script[@type='application/ld+json']/text()"):
            data = json.loads(script)
            if data.get("@type") == "Article":
                record = data
        if record is None:
            continue  # the home's meta refresh, the 404 page
        path = f"/{file.name}"
        headline = " ".join(root.cssselect("main article h1")[0].text_content().split())
        if headline != " ".join(record["headline"].split()):
            raise SystemExit(
                f"publii-hgk: {path}: the headline {headline!r} is not the record's {record['headline']!r}"
            )
        day = record["datePublished"][:10]
        if shown_days.get(path, day) != day:
            raise SystemExit(f"publii-hgk: {path}: a listing prints {shown_days[path]}, the record {day}")
        byline = root.cssselect("main article p.post__meta a[rel~=author]")
        author = " ".join(byline[0].text_content().split()) if byline else None
        posts.append(
            {
                "path": path,
                "title": headline,
                "date": day,
                "datetime": record["datePublished"],
                "author": author,
                "body": page_text(site, path, "div.post__entry"),
            }
        )
    feed = json.loads((site / "feed.json").read_text(encoding="utf-8"))
    by_path = {post["path"]: post for post in posts}
    pairs = [
        (html_fragment_text(item["content_html"]), by_path[relative(item["url"])]["body"])
        for item in feed["items"]
        if relative(item["url"]) in by_path
    ]
    return {
        "generator": "publii (desktop static-site CMS)",
        "language": "nl",
        "pagination": "tag and author listings + /page/N/; the home is a meta refresh to a post",
        "truth_source": "each post's JSON-LD Article record the CMS writes (headline checked against the h1, "
        "datePublished checked against the listings' days); author: the byline the page prints; body: "
        "div.post__entry",
        "feed_agreement": index_agreement(pairs),
        "origins": [
            "https://hogegilderaadkempen.be",
            "https://www.hogegilderaadkempen.be",
            "http://hogegilderaadkempen.be",
        ],
        "posts": posts,
    }


def quarto_posts(repo: Repo, site: Path, sources: str) -> tuple[list[dict[str, Any]], list[str]]:
    """Posts of a Quarto website (``quarto render``, output committed): one per ``.qmd`` under ``sources`` whose
    front matter has a date and no ``draft``, served as ``/<dir>/`` (``<dir>/index.qmd``) or ``/<name>.html``.
    Title: the front matter's, checked against the page's ``h1.title``; day: the front matter's ``date``;
    author: what the title block prints under its author heading (the front matter may write Markdown
    links there); body: ``main#quarto-document-content`` without the title block (a ``title-block-banner``
    puts it outside ``<main>``). Returns the posts and the source files left out (with why)."""
    posts: list[dict[str, Any]] = []
    left_out: list[str] = []
    for name in repo.files(sources):
        if not name.endswith(".qmd"):
            continue
        meta, _ = front_matter(repo.show(name))
        if meta.get("draft") or not meta.get("date"):
            left_out.append(f"{name}: draft or no date")
            continue
        if name.endswith("/index.qmd"):  # <dir>/index.qmd renders as <dir>/index.html, served as /<dir>/
            path = "/" + name[: -len("index.qmd")]
            file = site / path.lstrip("/") / "index.html"
        else:  # <name>.qmd renders as <name>.html
            path = "/" + name[: -len(".qmd")] + ".html"
            file = site / path.lstrip("/")
        if not file.is_file():
            left_out.append(f"{name}: not rendered")
            continue
        root = lxml.html.fromstring(file.read_bytes())
        # Pandoc's smart punctuation prints 'x' as ‘x’ and -- as –: the page's headline is the title a
        # reader sees, checked against the front matter's with the quotes and dashes undone
        shown = root.cssselect("h1.title")
        title = " ".join(shown[0].text_content().split()) if shown else ""

        def plain(text: str) -> str:
            quotes = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"'})
            text = " ".join(text.split()).translate(quotes)
            return text.replace("---", "\u2014").replace("--", "\u2013")

        if plain(title) != plain(str(meta["title"])):
            raise SystemExit(f"{path}: the page's h1.title {title!r} is not the front matter's {meta['title']!r}")
        author = None
        for heading in root.cssselect("div.quarto-title-meta-heading"):
            if heading.text_content().strip().lower().startswith(("autor", "author")):
                contents = heading.getnext()
                if contents is not None:
                    author = " ".join(contents.text_content().split()) or None
        main = copy.deepcopy(root.cssselect("main#quarto-document-content")[0])
        for unwanted in main.cssselect("header#title-block-header"):
            unwanted.drop_tree()
        day = str(meta["date"])[:10]
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", day):
            raise SystemExit(f"{path}: date {meta['date']!r} is not ISO")
        posts.append({"path": path, "title": title, "date": day, "author": author, "body": text_of(main)})
    return posts, left_out


def quarto_oles(repo: Repo, site: Path) -> dict[str, Any]:
    """The site of OLES, the Observatorio de Violencia y Legitimidad Social (a research observatory of the
    Universidad Diego Portales, Chile), Spanish, a Quarto 1.5 website (theme cosmo) rendered into ``docs/``
    (production is on Netlify; the same build). News ``/noticias/<YYYY-MM-DD>/`` (``index.html`` links),
    listed by ``/noticias/`` (a Quarto grid listing of 20 a page, paged by list.js in the browser: every item
    is in the HTML) and the home's latest. Sources ``noticias/*/index.qmd`` (YAML: title, date, author,
    categories). Team profiles (``/equipo/*.html``), projects and publications are pages, not posts."""
    posts, left_out = quarto_posts(repo, site, "noticias")
    return {
        "generator": "Quarto 1.5.56 website (Bootstrap theme cosmo, grid listing)",
        "language": "es",
        "pagination": "/noticias/: one grid listing of every post, paged 20 at a time by list.js in the browser",
        "truth_source": "noticias/*/index.qmd YAML front matter (title checked against h1.title, date); author as "
        "the title block prints it; body: main#quarto-document-content without the title block",
        "origins": ["https://oles-cl.netlify.app", "http://oles-cl.netlify.app", "https://oles.cl"],
        "left_out_sources": left_out,
        "posts": posts,
    }


def cms_cptz(repo: Repo, site: Path) -> dict[str, Any]:
    """中国福彩网, the portal of the China Welfare Lottery Issuance and Administration Center (中国福利彩票发行管理中心,
    a state institution under the Ministry of Civil Affairs, www.cwl.gov.cn), on ZCMS (its pages end with "<!-- App=CWL
    (中国福彩网内容管理系统) … PublishDate=… -->" and call ``_zcms_stat``): column pages
    /<col>/[<sub>/]index.html + index_<n>.html, items /c/<yyyy-mm-dd>/<id>.html; a static copy at the commit before
    the copy's owner added a hidden block of links to other sites. No source or feed exists: the truth is the item
    template's ``div.text_content``: its ``<h4>`` (the headline; no ``<h1>`` anywhere, ``<title>`` the same words),
    the ``small.sj-zh`` day ("2019-04-01 15:53", under "来源： …"; 32 items print it in a plain second ``<small>``), the
    text ``div.article``. A subtitle ``<h5>`` between headline and source line is no text. The short-video items
    (the video template, no ``div.text_content``: a player and a headline) and items without text (a picture: 图解,
    posters) are ignored. No page names an author ("来源" names a source)."""
    posts, ignored = [], []
    for file in sorted(site.glob("c/*/*.html")):
        rel = file.relative_to(site).as_posix()
        if not re.fullmatch(r"c/\d{4}-\d{2}-\d{2}/\d+\.html", rel):
            continue
        path = "/" + rel
        root = lxml.html.fromstring(file.read_bytes().decode("utf-8"))
        holder = root.xpath('//div[contains(concat(" ", @class, " "), " text_content ")]')
        if not holder:
            ignored.append({"path": path, "reason": "a short-video item: a player and a headline, no text"})
            continue
        headline = holder[0].xpath("./h4")
        stamps = [cn_day(s.text_content()) for s in holder[0].xpath("./small")]
        day = next((d for d in stamps if d), None)
        text = holder[0].xpath('./div[contains(concat(" ", @class, " "), " article ")]')
        if not headline or not day or not text:
            raise SystemExit(f"cms-cptz: {path}: no headline, day or text")
        title = " ".join(headline[0].text_content().split())
        body = text_of(text[0])
        if not "".join(body.split()) or attachment_only(text[0]):
            ignored.append({"path": path, "reason": "an item without text: a picture or an attachment"})
            continue
        posts.append({"path": path, "title": title, "date": day, "body": body})
    return {
        "generator": "ZCMS (泽元, the centre's 'App=CWL' build: _zcms_stat, /c/<yyyy-mm-dd>/<id>.html), static copy",
        "language": "zh",
        "pagination": "column pages /<col>/[<sub>/]index.html + index_<n>.html (a numbered pager; the copy holds "
        "some of each column's pages)",
        "truth_source": "the item template (no source or feed exists): div.text_content > h4 + small.sj-zh + "
        "div.article",
        "origins": [
            "http://www.cwl.gov.cn",
            "https://www.cwl.gov.cn",
            "http://www.cptz.net",
            "https://www.cptz.net",
        ],
        "ignored": ignored,
        "posts": posts,
    }


def quarto_interas(repo: Repo, site: Path) -> dict[str, Any]:
    """The site of INTERAS, the Brazilian national institute of science and technology (INCT) on ionising
    radiation in health, Portuguese, a Quarto 1.9 website rendered into ``docs/``. News
    ``/noticias/posts/<slug>/`` listed by ``/noticias/`` (a default listing, every post on one page) and the
    home. The title block is a banner (``title-block-banner: true``) outside ``<main>``; the post's own text
    often repeats the headline as an ``<h1>`` of its first section. Sources ``noticias/posts/*/index.qmd``; the
    videos ``/videos/videos_arqs/<name>.html`` (``videos/videos_arqs/*.qmd``) are dated posts of their own listing."""
    posts, left_out = quarto_posts(repo, site, "noticias/posts")
    # the institute's videos (/videos/videos_arqs/<name>.html, listed by /videos/ "Produções Audiovisuais"): each a
    # dated post of its own listing (front matter title, date, description; a text and the video's links)
    videos, videos_left_out = quarto_posts(repo, site, "videos/videos_arqs")
    # the institute's papers, one generated page each from its BibTeX (gera_pub_bib.R: title, authors, journal,
    # abstract): publications, neither posts nor non-articles, as quarto-ocscoes' reports
    ignored = [
        {"path": "/" + file.relative_to(site).as_posix(), "reason": "a paper's record (a publication)"}
        for file in sorted((site / "publicacoes").rglob("*.html"))
        if file.name != "index.html"
    ]
    return {
        "generator": "Quarto 1.9.38 website (default listing, title-block banner)",
        "language": "pt",
        "pagination": "/noticias/, /videos/: one listing page each with every post; the home lists the latest",
        "truth_source": "noticias/posts/*/index.qmd and videos/videos_arqs/*.qmd YAML front matter (title checked "
        "against h1.title, date); author as the title block prints it; body: main#quarto-document-content "
        "without the title block",
        "origins": ["https://www.interas.org", "http://www.interas.org", "https://interas.org"],
        "left_out_sources": left_out + videos_left_out,
        "ignored": ignored,
        "posts": posts + videos,
    }


def quarto_ocscoes(repo: Repo, site: Path) -> dict[str, Any]:
    """The site of the Observatorio de Cohesión Social (OCS) of COES, the Chilean centre for the study of
    conflict and social cohesion, Spanish, a Quarto website rendered into ``_site/`` (the committed ``docs/`` is
    an older render). News ``/noticias/posts/<slug>/`` and the blog ``/blog/posts/<slug>/`` (one post, also
    published as news), listed by ``/noticias/`` and ``/blog/`` and the home. Reports ``/reportes/posts/*``
    (dated, with authors, each the landing page of a PDF) are publications, neither posts nor non-articles;
    the team's profiles (``/equipo/posts/*``) are pages."""
    posts, left_out = quarto_posts(repo, site, "noticias/posts")
    blog, blog_left_out = quarto_posts(repo, site, "blog/posts")
    # every built page under /reportes/posts/ (one source is named index.qmd.qmd: /2019_taller_coes/index.qmd.html)
    ignored = [
        {"path": "/" + file.relative_to(site).as_posix(), "reason": "a report's landing page (a publication, its PDF)"}
        for file in sorted((site / "reportes" / "posts").rglob("*.html"))
    ]
    return {
        "generator": "Quarto website (listings of news, blog and reports)",
        "language": "es",
        "pagination": "/noticias/, /blog/: one listing page each with every post; the home lists the latest",
        "truth_source": "noticias/posts/*/index.qmd and blog/posts/*/index.qmd YAML front matter (title checked "
        "against h1.title, date); author as the title block prints it; body: main#quarto-document-content "
        "without the title block",
        "origins": ["https://ocs-coes.netlify.app", "https://ocscoes.github.io/web-ocs-coes"],
        "left_out_sources": left_out + blog_left_out,
        "ignored": ignored,
        "posts": posts + blog,
    }


def trs_atxlyj(repo: Repo, site: Path) -> dict[str, Any]:
    """The portal of a county forestry bureau of Jilin (安图县林业局, www.atxlyj.cn; the copy renamed the bureau
    "吉林省安图县林业局-安图县林业局" everywhere, headlines included: the truth is read from the pages as they are) on
    TRS WCM (``TRS_Editor``, items /<col>/[<sub>/]<yyyymm>/t<yyyymmdd>_<id>.html). No source or feed exists: the
    truth is the item template's ``div.xxy``: ``div.z1`` (the headline, a ``<font>`` in a ``div``: the template has
    no heading element), the day of ``div.z2`` ("来源：中国绿色时报    时间：2021-06-09 15:27"), the text of ``div.z3``
    (the ``TRS_Editor``). Attachment items (the template's script writes a download link; the text is the headline
    again or "表详见附件") and picture items (the captions are the pictures' file names, "W020160618356251872190")
    are ignored. No page names an author ("来源" names a source)."""
    posts, ignored = [], []
    for file in sorted(site.rglob("t*_*.html")):
        rel = file.relative_to(site).as_posix()
        if not re.fullmatch(r"(?:[a-z0-9_]+/)+\d{6}/t\d{8}_\d+\.html", rel):
            continue
        path = "/" + rel
        root = lxml.html.fromstring(file.read_bytes().decode("utf-8"))
        holder = root.xpath('//div[@class="xxy"]')
        if not holder:
            raise SystemExit(f"trs-atxlyj: {path}: no article template")
        headline = holder[0].xpath('./div[@class="z1"]')
        stamp = holder[0].xpath('./div[@class="z2"]')
        text = holder[0].xpath('./div[@class="z3"]')
        day = cn_day(stamp[0].text_content().split("时间")[-1]) if stamp else None
        title = " ".join(headline[0].text_content().split()) if headline else ""
        if not title or not day or not text:
            raise SystemExit(f"trs-atxlyj: {path}: no headline, day or text")
        body = text_of(text[0])
        words = "".join(body.split())
        attached = re.search(r'wzfj\s*=\s*"[^"]+"', "".join(text[0].xpath(".//script/text()")))
        captions = [line for line in body.split("\n") if not re.fullmatch(r"W\d{15,}", line.strip())]
        if not words or attachment_only(text[0]):
            ignored.append({"path": path, "reason": "an item without text: a picture or an attachment"})
            continue
        if attached and (words == "".join(title.split()) or (len(words) <= 12 and "附件" in words)):
            ignored.append({"path": path, "reason": "an attachment item: its text the headline again or 详见附件"})
            continue
        if text[0].xpath(".//img") and len("".join("".join(captions).split())) <= 30:
            ignored.append({"path": path, "reason": "a picture item: its captions the pictures' file names"})
            continue
        posts.append({"path": path, "title": title, "date": day, "categories": [rel.split("/")[0]], "body": body})
    return {
        "generator": "TRS WCM (TRS_Editor, t<yyyymmdd>_<id>.html), static copy",
        "language": "zh",
        "pagination": "column pages /<col>/[<sub>/]index.html (TRS's createPageHTML pager; the copy holds each "
        "column's first page)",
        "truth_source": "the item template (no source or feed exists): div.xxy > div.z1 (headline) + div.z2 "
        "(时间) + div.z3",
        "origins": ["http://www.atxlyj.cn", "https://www.atxlyj.cn"],
        "ignored": ignored,
        "posts": posts,
    }


def trs_puchengedu(repo: Repo, site: Path) -> dict[str, Any]:
    """The portal of a county school in Shaanxi (蒲城县北关小学 and 蒲城县桥山中学 in the copy's naming, which
    rewrote the school's name everywhere, headlines and text included: the truth is read from the pages as they are;
    www.puchengedu.com) on TRS WCM (``TRS_Editor``, items /<col>/[<sub>/]<yyyymm>/t<yyyymmdd>_<id>.html), at the
    commit before the copy's owner added a hidden block of links to other sites. No source or feed exists: the
    truth is the item template: ``h4.dttitle04`` (the headline), the day of the ``span`` after it ("2020-01-09
    <school>"), the text ``div.newsdetailtext04``. Items without text (pictures only) are ignored. The template
    prints no author; 18 texts end with a writer's credit line ("撰稿：… 摄影：…", "文字：… 图片：…") that stays in
    the text and is not read as a byline, as the template's other fields are."""
    posts, ignored = [], []
    for file in sorted(site.rglob("t*_*.html")):
        rel = file.relative_to(site).as_posix()
        if not re.fullmatch(r"(?:[a-z0-9_]+/)+\d{6}/t\d{8}_\d+\.html", rel):
            continue
        path = "/" + rel
        root = lxml.html.fromstring(file.read_bytes().decode("utf-8"))
        headline = root.xpath('//div[contains(@class, "dttop04")]/h4[contains(@class, "dttitle04")]')
        if not headline:
            raise SystemExit(f"trs-puchengedu: {path}: no article template")
        stamp = headline[0].xpath("./following-sibling::span[1]")
        text = root.xpath('//div[contains(concat(" ", @class, " "), " newsdetailtext04 ")]')
        day = cn_day(stamp[0].text_content()) if stamp else None
        title = " ".join(headline[0].text_content().split())
        if not title or not day or not text:
            raise SystemExit(f"trs-puchengedu: {path}: no headline, day or text")
        body = text_of(text[0])
        if not "".join(body.split()) or attachment_only(text[0]):
            ignored.append({"path": path, "reason": "an item without text: pictures only"})
            continue
        posts.append({"path": path, "title": title, "date": day, "categories": [rel.split("/")[0]], "body": body})
    return {
        "generator": "TRS WCM (TRS_Editor, t<yyyymmdd>_<id>.html), static copy",
        "language": "zh",
        "pagination": "column pages /<col>/[<sub>/]index.html (TRS's createPageHTML pager; the copy holds each "
        "column's first page)",
        "truth_source": "the item template (no source or feed exists): h4.dttitle04 + the span after it + "
        "div.newsdetailtext04",
        "origins": ["http://www.puchengedu.com", "https://www.puchengedu.com"],
        "ignored": ignored,
        "posts": posts,
    }


def octopress_posts(
    name: str, repo: Repo, site: Path, source_commit: str, offset_hours: float
) -> tuple[list[dict[str, Any]], list[str], list[str]]:
    """Posts of an Octopress 2 blog (Jekyll with the Octopress Rakefile: ``rake deploy`` pushes the built
    ``public/`` to master, the sources live on the ``source`` branch). One post per
    ``source/_posts/YYYY-MM-DD-slug.markdown`` (one saying ``published: false`` only where the build lacks
    its page: where the build holds it and lists it, it is a post of the site like any other); its page is the one
    directory ``.../YYYY/MM/DD/<slug>/`` of the build (the permalink's prefix differs from blog to blog:
    found, not assumed). Title: the headline ``h1.entry-title`` prints, checked against the front
    matter's (the case aside: Octopress may titlecase it); day: the front-matter date (at its own offset,
    else at ``offset_hours``), checked against the header's ``<time datetime>``; author: the front
    matter's ``author``, else the one of ``_config.yml`` (Octopress prints either), checked against the
    byline when the page prints one; body: ``div.entry-content`` without the line-number gutter of code
    blocks. Returns (posts, unpublished slugs skipped, pages of posts without front matter, to ignore)."""
    source = Repo(repo.gitdir, source_commit)
    site_author = (yaml.safe_load(source.show("_config.yml")) or {}).get("author")
    built: dict[str, list[str]] = {}
    for file in site.rglob("index.html"):
        parts = file.relative_to(site).parts
        if len(parts) >= 5 and re.fullmatch(r"\d{4}/\d{2}/\d{2}", "/".join(parts[-5:-2])):
            built.setdefault(parts[-2], []).append("/" + "/".join(parts[:-1]) + "/")
    posts: list[dict[str, Any]] = []
    skipped: list[str] = []
    ignored: list[str] = []
    built_drafts: list[str] = []
    for file_name in source.files("source/_posts"):
        stem = Path(file_name).stem
        if not re.match(r"\d{4}-\d{2}-\d{2}-", stem):
            continue
        slug = stem[11:]  # Jekyll 2 keeps the file name's title part as is ("-democracy-the-god-…")
        raw = source.show(file_name)
        if not re.match(rb"---[ \t]*\r?\n", raw):
            # "--- layout: post title: ..." on one line is no front matter to Jekyll: it writes the file's
            # text, head included, as a bare page without the layout (no headline, no date): not a post a
            # reader can tell as one; its page is ignored (neither post nor non-article)
            ignored.extend(built.get(slug, []))
            continue
        meta, _ = front_matter(raw)
        stamp = meta.get("date") or stem[:10]
        moment = stamp if isinstance(stamp, datetime) else jekyll_time(str(stamp))
        if not isinstance(stamp, datetime) and not re.search(r"[+-]\d{2}:?\d{2}\s*$", str(stamp)):
            moment = moment.replace(tzinfo=None)  # no offset written: the site's own zone, not UTC
        day, iso = local_day(moment.isoformat(), offset_hours)
        paths = [p for p in built.get(slug, []) if p.rstrip("/").split("/")[-4:-1] == day.split("-")]
        if not paths and str(meta.get("published", True)).lower() == "false":
            skipped.append(slug)
            continue
        if str(meta.get("published", True)).lower() == "false":
            # written as a draft, yet the committed build holds its page and the archives list it: on
            # the site it is a post like the others
            built_drafts.append(slug)
        if len(paths) != 1:
            raise SystemExit(f"{name}: {file_name}: {len(paths)} built pages for {slug} on {day}")
        path = paths[0]
        root = page(site, path)
        headline = " ".join(root.cssselect("article h1.entry-title")[0].text_content().split())
        title = " ".join(str(meta.get("title") or "").split())
        if headline.translate(STRAIGHT_QUOTES).casefold() != title.translate(STRAIGHT_QUOTES).casefold():
            # Octopress's ``titlecase`` setting capitalises the printed headline: the case may differ
            raise SystemExit(f"{name}: {path}: the headline {headline!r} is not the front matter's {title!r}")
        shown = root.cssselect("article header time[datetime]")
        if not shown or shown[0].get("datetime", "")[:10] != day:
            raise SystemExit(f"{name}: {path}: the header's <time> is not {day}")
        author = " ".join(str(meta.get("author") or site_author or "").split()) or None
        byline = root.cssselect("article header .byline .fn")
        if byline and " ".join(byline[0].text_content().split()) != author:
            raise SystemExit(f"{name}: {path}: the byline is not the front matter's author {author!r}")
        posts.append(
            {
                "path": path,
                "title": headline,
                "date": day,
                "datetime": iso,
                "author": author,
                "categories": [str(c) for c in (meta.get("categories") or [])]
                if isinstance(meta.get("categories"), list)
                else [str(meta["categories"])]
                if meta.get("categories")
                else [],
                "body": page_text(site, path, "article div.entry-content", (CODE_GUTTER,)),
            }
        )
    return posts, skipped + [f"{slug} (published: false, yet built: kept)" for slug in built_drafts], ignored


OCTOPRESS_3MDEB_SOURCE = (
    "7743e0e40fae45c676362b4ac41352befc1b385d"  # source branch: what master @ 5b15033 was built from
)


def octopress_3mdeb(repo: Repo, site: Path) -> dict[str, Any]:
    """Octopress 2 (classic theme) of "Linux geek's scratchpad", the blog of 3mdeb's founder about
    firmware, embedded Linux and productivity tools (English; 2012 posts imported from Blogspot). Posts at
    /blog/YYYY/MM/DD/<slug>/, listed in full on the home and /blog/page/N/ (10 a page), by
    /blog/categories/<c>/ and /blog/archives/. The build is master @ 5b15033 ("Site updated at 2015-01-26
    00:33:07 UTC"); the sources are the ``source`` branch @ 7743e0e, the commit deployed three minutes
    before. The theme prints no byline (the config's author key is misspelt): author none."""
    posts, skipped, ignored = octopress_posts("octopress-3mdeb", repo, site, OCTOPRESS_3MDEB_SOURCE, 1)
    return {
        "generator": "octopress 2 (jekyll 2, classic theme)",
        "language": "en",
        "pagination": "home + /blog/page/N/ (10 full posts a page); /blog/categories/<c>/; /blog/archives/",
        "truth_source": "source/_posts/*.markdown front matter on the source branch @ 7743e0e (deployed to "
        "master @ 5b15033): title (checked against h1.entry-title), date (checked against the header's "
        "<time>); no author; body: div.entry-content",
        "unpublished_skipped": skipped,
        "ignored": [{"path": path, "reason": "a post file without front matter: a bare page"} for path in ignored],
        "origins": [
            "http://3mdeb.com",
            "https://3mdeb.com",
            "http://pietrushnic.github.io",
            "https://pietrushnic.github.io",
        ],
        "posts": posts,
    }


def yii_21cn_highway(repo: Repo, site: Path) -> dict[str, Any]:
    """中国高速公路网—21世纪公路网 (www.chinahighway.com, copied as 21cn-highway.com), a highway-industry news portal
    on a Yii application (``<meta name="csrf-param" content="_csrf">``), at the commit before the copy's owner
    rewrote the home page with links to other sites. Items are /article/<id>.html and /locality/article/<id>.html;
    column pages sit beside them (/article/item-<n>.html, /focus/<n>.html, /locality/list-76.html …). Items come in
    two templates, both served: the desktop one (``div.ttxq_top``: ``dl > dt`` the headline, the "时间：" span of
    ``dd``, the text ``div.ttxq_con``) and a narrow one (``div.sjxqB``: ``dl > dt``, the first ``dd > i`` the day,
    the text ``div.sjxq_con``). The copy holds 43 items in both, under two URLs (<id>.html and <id>1.html); each is
    a page a reader reaches and reads, and each is a post. No source or feed exists: the truth is the template.
    The byline "作者：…" (a ``dd`` span, or the narrow template's second ``dd > i``) is the author where it is a
    plain list of Han names (a leading "记者" dropped: "记者魏玉坤、周圆" is 魏玉坤, 周圆); other bylines ("记者/吴丽萍
    通讯员/李雪芝", a name with a space) are listed in ``bylines_not_scored``, with no author in the truth. The
    site's own pages in the desktop template (本站简介, 使用条款, 投稿须知 …: the footer's links, ``div.fo_mid``, and
    the header's ``div.intop_right``) are ignored, as are items without text (a picture). "来源" names a source;
    the text's closing "【编辑：…】【审核：…】" line names the editors and stays in the text."""
    posts, ignored = [], []
    unscored: list[str] = []  # bylines that are no plain list of names ("记者/吴丽萍 通讯员/李雪芝")
    service = set()  # the footer's and the header's links to the site's own pages, as the item pages print them
    for file in site.glob("article/*.html"):
        item = lxml.html.fromstring(file.read_bytes().decode("utf-8"))
        for href in item.xpath('//div[contains(@class, "fo_mid")]//a/@href | //div[@class="intop_right"]//a/@href'):
            if re.fullmatch(r"\d+\.html", href.strip()):
                service.add("/article/" + href.strip())
    for file in sorted([*site.glob("article/*.html"), *site.glob("locality/article/*.html")]):
        rel = file.relative_to(site).as_posix()
        if not re.fullmatch(r"(?:locality/)?article/\d+\.html", rel):
            continue  # article/item-<n>.html: column pages
        path = "/" + rel
        root = lxml.html.fromstring(file.read_bytes().decode("utf-8"))
        wide = root.xpath('//div[@class="ttxq_top"]')
        narrow = root.xpath('//div[contains(concat(" ", @class, " "), " sjxqB ")]')
        if wide:
            headline = wide[0].xpath("./dl/dt")
            day = next(
                (cn_day(s.text_content()) for s in wide[0].xpath("./dl/dd/span") if "时间" in s.text_content()), None
            )
            text = wide[0].xpath('./div[contains(concat(" ", @class, " "), " ttxq_con ")]')
        elif narrow:
            headline = narrow[0].xpath("./dl/dt")
            day = next(
                (cn_day(i.text_content()) for i in narrow[0].xpath("./dl/dd/i") if cn_day(i.text_content())), None
            )
            text = narrow[0].xpath('./div[@class="sjxq_con"]')
        else:
            raise SystemExit(f"yii-21cn-highway: {path}: no item template")
        title = " ".join(headline[0].text_content().split()) if headline else ""
        if not title or not day or not text:
            raise SystemExit(f"yii-21cn-highway: {path}: no headline, day or text")
        if path in service:
            ignored.append({"path": path, "reason": "the site's own page (footer or header link): about, terms, help"})
            continue
        body = text_of(text[0])
        if not "".join(body.split()) or attachment_only(text[0]):
            ignored.append({"path": path, "reason": "an item without text: a picture"})
            continue
        post = {"path": path, "title": title, "date": day, "body": body}
        fields = (wide or narrow)[0].xpath("./dl/dd/span | ./dl/dd/i")
        byline = next((" ".join(f.text_content().split()) for f in fields if "作者：" in f.text_content()), "")
        names = re.sub(r"^作者：\s*(?:记者\s*)?", "", byline)
        if re.fullmatch(r"[\u4e00-\u9fff]{2,4}(?:[、，][\u4e00-\u9fff]{2,4})*", names):
            post["author"] = names
        elif byline:
            unscored.append(path)
        posts.append(post)
    return {
        "generator": "a Yii application (csrf-param _csrf; /article/<id>.html), static copy",
        "language": "zh",
        "pagination": "column pages /<col>/<n>.html, /<col>/item-<n>.html, /article/item-<n>.html beside the "
        "items (the copy holds each column's first page)",
        "truth_source": "the item templates (no source or feed exists): div.ttxq_top > dl > dt + dd span 时间 + "
        "div.ttxq_con; div.sjxqB > dl > dt + dd > i + div.sjxq_con",
        "origins": ["http://www.chinahighway.com", "https://www.chinahighway.com", "http://www.21cn-highway.com"],
        "bylines_not_scored": unscored,
        "ignored": ignored,
        "posts": posts,
    }


OCTOPRESS_AGILETNG_SOURCE = "67da9bfc77214cc2582147c41ef4fab2d8f146e4"  # source branch: built into master @ 299e8e9


def octopress_agiletng(repo: Repo, site: Path) -> dict[str, Any]:
    """Octopress 2 with the mfoxslide theme (Bootstrap) of Agile TNG, "the next generation" agile pattern
    language group (English). Posts at /YYYY/MM/DD/<slug>/, listed on the home, /blog/archives/ and
    /categories/<c>/. Build: master @ 299e8e9 ("Site updated at 2015-07-27 08:48:14 UTC"); sources: the
    ``source`` branch @ 67da9bf, committed an hour before. Author: the front matter's, which the byline
    prints ("by <name>")."""
    posts, skipped, ignored = octopress_posts("octopress-agiletng", repo, site, OCTOPRESS_AGILETNG_SOURCE, 10)
    return {
        "generator": "octopress 2 (jekyll 2, mfoxslide theme)",
        "language": "en",
        "pagination": "home (all posts); /blog/archives/; /categories/<c>/",
        "truth_source": "source/_posts/*.markdown front matter on the source branch @ 67da9bf (deployed to "
        "master @ 299e8e9): title (checked against h1.entry-title), date (checked against the header's "
        "<time>), author (checked against the byline); body: div.entry-content",
        "unpublished_skipped": skipped,
        "ignored": [{"path": path, "reason": "a post file without front matter: a bare page"} for path in ignored],
        "origins": ["http://agile-tng.github.io", "https://agile-tng.github.io"],
        "posts": posts,
    }


def vitepress_andretonic(repo: Repo, site: Path) -> dict[str, Any]:
    """VitePress 1.0 (default theme, layout ``doc``) of "Retour au {code} source", André Tonic's blog on the
    web and software craft (French). Posts at /posts/<name>.html; /articles.html lists them all (rendered
    at build time from a ``posts.data`` loader), the home the four newest. The build committed in
    docs/.vitepress/dist lags the Markdown: truth is the posts that both have (``docs/posts/<name>.md`` with
    a built ``posts/<name>.html``). Title: the front matter's, which the page's first heading renders
    (``# {{ $frontmatter.title }}``); day: the front-matter ``date``, checked against the DD/MM/YYYY line
    the page prints under it; no byline (the owner's name is only in the footer's copyright): author none.
    Body: ``div.vp-doc`` without its first ``h1`` and the date line (``h5``)."""
    posts = []
    for name in repo.files("docs/posts"):
        if not name.endswith(".md"):
            continue
        stem = Path(name).stem
        path = f"/posts/{stem}.html"
        if not (site / "posts" / f"{stem}.html").is_file():
            continue  # written after the last committed build
        meta, _ = front_matter(repo.show(name))
        stamp = meta["date"]
        day = stamp.isoformat() if isinstance(stamp, date) else str(stamp)[:10]
        root = page(site, path)
        doc = root.cssselect("div.vp-doc")[0]
        headline = " ".join(doc.cssselect("h1")[0].text_content().replace("\u200b", "").split())
        title = " ".join(str(meta["title"]).split())
        if headline != title:
            raise SystemExit(f"vitepress-andretonic: {path}: the heading {headline!r} is not {title!r}")
        shown = " ".join(doc.cssselect("h5")[0].text_content().split())
        if f"{day[8:10]}/{day[5:7]}/{day[:4]}" not in shown:
            raise SystemExit(f"vitepress-andretonic: {path}: the date line {shown!r} is not {day}")
        posts.append(
            {
                "path": path,
                "title": title,
                "date": day,
                "datetime": None,
                "author": None,
                "categories": [str(c) for c in meta.get("category") or []],
                "body": page_text(site, path, "div.vp-doc", ("h1", "h5", "a.header-anchor")),
            }
        )
    return {
        "generator": "vitepress 1.0.0-rc.42 (default theme)",
        "language": "fr",
        "pagination": "none: /articles.html lists every post, the home the four newest",
        "truth_source": "docs/posts/*.md front matter (title, date) for the posts the committed build holds; "
        "no author; body: div.vp-doc without the title heading and the date line",
        "origins": ["https://www.andretonic.fr", "https://andretonic.fr", "http://www.andretonic.fr"],
        "posts": posts,
    }


def gatsby_snoop2head(repo: Repo, site: Path) -> dict[str, Any]:
    """Gatsby 2 (a fork of JaeSeoKim's gatsby-theme, emotion CSS-in-JS: every class is a ``css-<hash>``) of
    Young Jin Ahn's blog on deep learning and tooling (English, a few Korean lines), deployed by ``gh-pages
    -d public`` to the gh-pages branch of the same repository. Posts at /<Category>/<file name>/ (the
    Markdown's folder and name: no date in the URL), listed by /<Category>/ (all of its posts) and the home
    (the newest ten); /search/ and /about are not posts. The build is gh-pages @ 36a2231, pushed 14 s
    before main @ 976d99f, the sources. One post per ``content/posts/<Category>/<name>.md`` whose front
    matter has no ``draft: true`` (the theme leaves drafts out of the build). Title: the front matter's,
    checked against ``h1.blog-title``; day: the front matter's ``date``, checked against ``h2.blog-date``;
    author: gatsby-meta-config.js's ``author``, which the card under every post prints ("Written by
    @Young Jin Ahn"). Body: ``div.markdown`` (the table of contents box beside it is not the text)."""
    source = Repo(repo.gitdir, SNOOP2HEAD_SOURCE)
    config = source.show("gatsby-meta-config.js").decode("utf-8")
    author = re.search(r"author:\s*`([^`]*)`", config).group(1)  # type: ignore[union-attr]
    posts = []
    drafts = []
    for name in source.files("content/posts"):
        parts = name.split("/")
        if not name.endswith(".md") or len(parts) != 4:
            continue  # content/posts/draft-template.md is the writers' template
        meta, _ = front_matter(source.show(name))
        path = f"/{parts[2]}/{Path(parts[3]).stem}/"
        if meta.get("draft") is True:
            drafts.append(path)
            continue
        stamp = meta["date"]
        day = stamp.date().isoformat() if isinstance(stamp, datetime) else str(stamp)[:10]
        root = page(site, path)
        headline = " ".join(root.cssselect("h1.blog-title")[0].text_content().split())
        title = " ".join(str(meta["title"]).split())
        if headline != title:
            raise SystemExit(f"gatsby-snoop2head: {path}: the headline {headline!r} is not {title!r}")
        byline = root.cssselect("a.author-name-content")
        if not byline or byline[0].text_content().strip().lstrip("@") != author:
            raise SystemExit(f"gatsby-snoop2head: {path}: the byline does not print {author!r}")
        shown = root.cssselect("h2.blog-date")[0].text_content().strip()
        if shown != day:
            raise SystemExit(f"gatsby-snoop2head: {path}: the page prints {shown!r}, the front matter {day}")
        posts.append(
            {
                "path": path,
                "title": title,
                "date": day,
                "datetime": None,
                "author": author,
                "categories": [parts[2]],
                "tags": [str(t) for t in meta.get("tags") or []],
                "body": page_text(site, path, "div.blog-content div.markdown"),
            }
        )
    return {
        "generator": "gatsby 2 (gatsby-theme of JaeSeoKim, emotion CSS-in-JS)",
        "language": "en",
        "pagination": "none: /<Category>/ lists all its posts, the home the newest ten",
        "truth_source": "content/posts/<Category>/*.md front matter on main @ 976d99f (the source of gh-pages @ "
        "36a2231): title (checked against h1.blog-title), date (checked against h2.blog-date), drafts left "
        'out; author: gatsby-meta-config.js (checked against the card\'s "Written by @..."); body: div.markdown',
        "drafts_skipped": drafts,
        "origins": ["https://snoop2head.github.io", "http://snoop2head.github.io"],
        "posts": posts,
    }


def jizhi_sdhjnl(repo: Repo, site: Path) -> dict[str, Any]:
    """山东黄金金狮俱乐部网 (www.sdhjnl.cn), a sports-news site on JiZhiCMS (极致CMS: its search form posts
    ``molds=article``; pictures under /static/upload/image/<yyyymmdd>/): column pages /<col>/index.html, items
    /<col>/<id>.html, each with previous/next links ("上一篇/下一篇"). No source or feed exists: the truth is the
    item template's ``div.newstext-box``: ``h1.news-title-h1`` (the headline), ``span.po-date`` ("发布时间：2021-04-22
    16:15:31", also ``og:release_date``), the text ``div.newstext``. The lead box ``div.smalltext`` above the text
    is the item's summary (the meta description, the text's first sentence again) and is not text. Items without
    text are ignored. No page names an author (``span.po-from`` is the site's name)."""
    posts, ignored = [], []
    for file in sorted(site.glob("*/*.html")):
        rel = file.relative_to(site).as_posix()
        if not re.fullmatch(r"[A-Za-z0-9-]+/\d+\.html", rel):
            continue
        path = "/" + rel
        root = lxml.html.fromstring(file.read_bytes().decode("utf-8"))
        headline = root.xpath('//div[@class="newstext-box"]/h1[contains(@class, "news-title-h1")]')
        stamp = root.xpath('//div[@class="newstext-box"]//span[@class="po-date"]')
        text = root.xpath('//div[@class="newstext-box"]/div[@class="newstext"]')
        if not headline or not stamp or not text:
            raise SystemExit(f"jizhi-sdhjnl: {path}: no item template")
        title = " ".join(headline[0].text_content().split())
        day = cn_day(stamp[0].text_content())
        if not title or not day:
            raise SystemExit(f"jizhi-sdhjnl: {path}: no headline or day")
        body = text_of(text[0])
        if not "".join(body.split()) or attachment_only(text[0]):
            ignored.append({"path": path, "reason": "an item without text"})
            continue
        posts.append({"path": path, "title": title, "date": day, "categories": [rel.split("/")[0]], "body": body})
    return {
        "generator": "JiZhiCMS (极致CMS, molds=article; /<col>/<id>.html), static copy",
        "language": "zh",
        "pagination": "column pages /<col>/index.html (the copy holds each column's first page; the pager's links "
        "are javascript:;) and previous/next links between items",
        "truth_source": "the item template (no source or feed exists): div.newstext-box > h1.news-title-h1 + "
        "span.po-date + div.newstext (the summary div.smalltext left out)",
        "origins": ["http://www.sdhjnl.cn", "https://www.sdhjnl.cn", "http://sdhjnl.cn", "https://sdhjnl.cn"],
        "ignored": ignored,
        "posts": posts,
    }


SNOOP2HEAD_SOURCE = "976d99f9041921f1c4fe27687666f17af0a3a05f"  # main: built into gh-pages @ 36a2231


def bus_hrbbus(repo: Repo, site: Path) -> dict[str, Any]:
    """哈尔滨公交网 (www.hrbbus.cn), a city-bus query site: hundreds of route pages (/haerbin/<a>_dao_<b>.html,
    /haerbin/xianlu/<n>lu/), stop pages (/haerbin/poi/<code>.html), city pages (/<city>/index<n>.html) and a news
    column: /haerbin/news.html, /haerbin/news_<n>.html (a numbered pager), items /<city>/news/<id>.html. No source or
    feed exists: the truth is the news template: the ``h1`` followed by ``p.from`` (the headline as the page prints
    it, cut short by the site), the day of ``p.from`` ("2017-07-10   哈尔滨公交公交新闻"), the text of the ``pre``
    after it (the template writes the text's paragraphs inside a ``pre``). A first line "[摘要]…" in the ``pre``
    is the item's summary (the meta description: the text's first sentences again) and is not text. 29 of the
    copy's item files are the site's anti-robot page ("错误", a captcha form) saved in place of the item: they hold
    no item and count as neither post nor non-article (ignored). No page names an author."""
    posts, ignored = [], []
    for file in sorted(site.glob("*/news/*.html")):
        rel = file.relative_to(site).as_posix()
        if not re.fullmatch(r"[a-z0-9]+/news/\d+\.html", rel):
            continue
        path = "/" + rel
        root = lxml.html.fromstring(file.read_bytes().decode("utf-8"))
        headline = root.xpath('//h1[following-sibling::*[1][self::p[@class="from"]]]')
        if not headline:
            if (root.findtext(".//title") or "").strip() == "错误":
                ignored.append({"path": path, "reason": "the site's anti-robot page saved in place of the item"})
                continue
            raise SystemExit(f"bus-hrbbus: {path}: no item template")
        stamp = headline[0].getnext()
        text = stamp.xpath("./following-sibling::pre[1]")
        title = " ".join(headline[0].text_content().split())
        day = cn_day(stamp.text_content())
        if not title or not day or not text:
            raise SystemExit(f"bus-hrbbus: {path}: no headline, day or text")
        lines = text_of(text[0]).split("\n")
        if lines and lines[0].startswith("[摘要]"):
            lines = lines[1:]
        body = "\n".join(lines)
        if not "".join(body.split()):
            ignored.append({"path": path, "reason": "an item without text"})
            continue
        posts.append({"path": path, "title": title, "date": day, "categories": [rel.split("/")[0]], "body": body})
    return {
        "generator": "a city-bus query site's news column (/<city>/news/<id>.html), static copy",
        "language": "zh",
        "pagination": "/haerbin/news.html + news_<n>.html (a numbered pager), city pages /<city>/index<n>.html",
        "truth_source": "the news template (no source or feed exists): h1 + p.from + pre (a first [摘要] line left "
        "out)",
        "origins": ["http://www.hrbbus.cn", "https://www.hrbbus.cn", "http://hrbbus.cn"],
        "ignored": ignored,
        "posts": posts,
    }


HANAMI_SOURCE = "1fc0e99815fd5993a9503d82aa12dfaad581c82f"  # build branch: what publish @ eea8ca3 was built from

MONTHS_EN = {
    m: i
    for i, m in enumerate(
        (
            "january",
            "february",
            "march",
            "april",
            "may",
            "june",
            "july",
            "august",
            "september",
            "october",
            "november",
            "december",
        ),
        1,
    )
}


def middleman_hanami(repo: Repo, site: Path) -> dict[str, Any]:
    """Middleman 4 with middleman-blog of hanamirb.org, the Hanami Ruby web framework's project site (English).
    Posts at /blog/YYYY/MM/DD/<slug>/ (``blog.permalink = '{year}/{month}/{day}/{title}.html'`` with directory
    indexes), listed five a page by /blog/ and /blog/page/N/; beside them the project's pages (/community/,
    /donate/, /team/, /security/, /status/, the mailing-list issues /ml/NNNN/issue/ …). The build is the
    ``publish`` branch @ eea8ca3 ("Automated commit … by middleman-deploy", 2021-10-18 11:08 UTC); the sources are
    the ``build`` branch @ 1fc0e99 (merged 2021-10-18 12:04 +0200, an hour before). One post per
    ``source/blog/YYYY-MM-DD-<slug>.html.markdown`` (one file named ``….markdown`` without ``.html`` is built as a
    file without an extension, not a page: no post). Title: the front matter's, checked against
    ``h1.block-title``; day: the front-matter date (UTC), checked against the "Posted by <author> on <Month D,
    YYYY>" line, which prints the author: the front matter's. Body: ``div.article-body`` (the front matter's
    excerpt, printed above it as ``p.lead``, is the summary, not the text)."""
    source = Repo(repo.gitdir, HANAMI_SOURCE)
    posts = []
    unbuilt = []
    for name in source.files("source/blog"):
        file_name = name.split("/")[-1]
        found = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})-(.+?)\.html\.(?:markdown|md)", file_name)
        if not found:
            if file_name.endswith((".markdown", ".md")):
                unbuilt.append(name)
            continue
        year, month, day_of_month, slug = found.groups()
        path = f"/blog/{year}/{month}/{day_of_month}/{slug}/"
        meta, _ = front_matter(source.show(name))
        stamp = meta["date"]
        if isinstance(stamp, datetime):
            moment = stamp
        else:  # "2021-10-18 10:03:14 UTC", "2016-01-19 8:48"
            pattern = r"(\d{4}-\d{2}-\d{2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?(?: UTC)?"
            found_time = re.fullmatch(pattern, str(stamp))
            if not found_time:
                raise SystemExit(f"middleman-hanami: {name}: date {stamp!r}")
            hour, minute, second = (int(v or 0) for v in found_time.group(2, 3, 4))
            moment = datetime.fromisoformat(found_time.group(1)).replace(hour=hour, minute=minute, second=second)
        day = moment.date().isoformat()
        root = page(site, path)
        headline = " ".join(root.cssselect("h1.block-title")[0].text_content().split())
        title = " ".join(str(meta["title"]).split())
        if headline != title:
            raise SystemExit(f"middleman-hanami: {path}: the headline {headline!r} is not {title!r}")
        line = " ".join(root.cssselect("div.block-foreground h4")[0].text_content().split())
        shown = re.fullmatch(r"Posted by (.+) on (\w+) (\d+), (\d{4})", line)
        if not shown:
            raise SystemExit(f"middleman-hanami: {path}: no 'Posted by … on …' line ({line!r})")
        author = " ".join(str(meta.get("author") or "").split()) or None
        printed_day = date(int(shown.group(4)), MONTHS_EN[shown.group(2).lower()], int(shown.group(3))).isoformat()
        if shown.group(1) != author or printed_day != day:
            raise SystemExit(f"middleman-hanami: {path}: the page prints {line!r}, the front matter {author}, {day}")
        posts.append(
            {
                "path": path,
                "title": title,
                "date": day,
                "datetime": moment.replace(tzinfo=UTC).isoformat() if moment.tzinfo is None else None,
                "author": author,
                "categories": [str(t) for t in str(meta.get("tags") or "").split(",") if t.strip()],
                "body": page_text(site, path, "div.article-body"),
            }
        )
    return {
        "generator": "middleman 4 (middleman-blog, the site's own bootstrap theme)",
        "language": "en",
        "pagination": "/blog/ and /blog/page/N/ (five posts a page, title and excerpt); the home links the newest",
        "truth_source": "source/blog/*.html.markdown front matter on the build branch @ 1fc0e99 (deployed to publish "
        "@ eea8ca3): title (checked against h1.block-title), date and author (checked against the 'Posted by … on "
        "…' line); body: div.article-body",
        "unbuilt_sources": unbuilt,
        "origins": [
            "https://hanamirb.org",
            "http://hanamirb.org",
            "https://www.hanamirb.org",
            "http://www.hanamirb.org",
        ],
        "posts": posts,
    }


def lektor_fields(source: bytes) -> dict[str, str]:
    """The fields of a Lektor ``contents.lr``: blocks separated by a line ``---``, each ``key: value`` (a value
    may continue on the following lines; ``----`` in a value stands for ``---``)."""
    fields: dict[str, str] = {}
    for block in re.split(r"^---[ \t]*$", source.decode("utf-8"), flags=re.M):
        found = re.match(r"\s*([A-Za-z0-9_]+):(.*)", block, re.S)
        if found:
            fields[found.group(1)] = re.sub(r"^-(-{3,})", r"\1", found.group(2).strip(), flags=re.M)
    return fields


RANNTS_SOURCE = "cacad49a39fd54f1c7081946217d692fe40ec30b"  # code branch: what master @ f050bf4 was built from

RU_MONTHS = {
    m: i
    for i, m in enumerate(
        (
            "января",
            "февраля",
            "марта",
            "апреля",
            "мая",
            "июня",
            "июля",
            "августа",
            "сентября",
            "октября",
            "ноября",
            "декабря",
        ),
        1,
    )
}


def lektor_rannts(repo: Repo, site: Path) -> dict[str, Any]:
    """Lektor 2 of rannts (rannts.ru), the Nizhny Novgorod Python community (Russian): news at
    /news/YYYY/M/<slug>/ (listed by /news/ and /news/page/N/, ten a page, and the home), the meetups'
    programmes at /meetups/<n>/ and every talk of a meetup at /meetups/<n>/<slug>/, the speakers at
    /speakers/<id>/. The build is master @ f050bf4 ("Synchronized build", 2017-04-08); master's last commit
    only deletes the CNAME. The sources are the ``code`` branch @ cacad49, the commit before the build.
    Posts: the news (model ``news``: title, date, text) and the talks (model ``talk``: title, speaker, date,
    description): a talk's page is its write-up (the abstract, slides, video). News: title checked against
    ``h1.title``, day the ``date`` field (Moscow time), checked against the subtitle ("2 ноября 2016, 14:55");
    no byline: author none. Talks: title checked against ``h1.title``; the page prints the speaker ("Денис
    Тимофеев @ rannts #12"): author, the speaker's first and last name from /speakers; the page prints no
    date (the ``date`` field is the talk's slot at the meetup, shown nowhere on it): date none. Body:
    ``section.section div.content``. The meetup pages (``#12`` and the day, place and programme of an event)
    are neither posts nor non-articles: ignored."""
    source = Repo(repo.gitdir, RANNTS_SOURCE)
    built_news = {p.parent.name: p.parent for p in site.glob("news/*/*/*/index.html")}
    speakers: dict[str, str] = {}
    for name in source.files("content/speakers"):
        parts = name.split("/")
        if len(parts) == 4 and parts[3] == "contents.lr":
            fields = lektor_fields(source.show(name))
            speakers[parts[2]] = f"{fields.get('first_name', '')} {fields.get('last_name', '')}".strip()
    posts, ignored = [], []
    for name in source.files("content"):
        parts = name.split("/")
        if parts[-1] != "contents.lr":
            continue
        fields = lektor_fields(source.show(name))
        if len(parts) == 4 and parts[1] == "news":
            folder = built_news[parts[2]]
            path = "/" + folder.relative_to(site).as_posix() + "/"
            moment = datetime.fromisoformat(fields["date"])
            day: str | None = moment.date().isoformat()
            shown = " ".join(page(site, path).cssselect("h2.subtitle")[0].text_content().split())
            found = re.match(r"(\d+) (\w+) (\d{4})", shown)
            printed = found and date(int(found.group(3)), RU_MONTHS[found.group(2)], int(found.group(1))).isoformat()
            if printed != day:
                raise SystemExit(f"lektor-rannts: {path}: the subtitle {shown!r} is not {day}")
            author = None
        elif len(parts) == 5 and parts[1] == "meetups":
            path = f"/meetups/{parts[2]}/{parts[3]}/"
            day = None
            author = speakers[fields["speaker"]]
            shown = " ".join(page(site, path).cssselect("h2.subtitle")[0].text_content().split())
            if not shown.startswith(f"{author} @"):
                raise SystemExit(f"lektor-rannts: {path}: the subtitle {shown!r} does not name {author!r}")
        elif len(parts) == 4 and parts[1] == "meetups":
            ignored.append({"path": f"/meetups/{parts[2]}/", "reason": "a meetup's programme (day, place, talks)"})
            continue
        else:
            continue
        root = page(site, path)
        headline = " ".join(root.cssselect("h1.title")[0].text_content().split())
        title = " ".join(fields["title"].split())
        if headline.replace("—", "-").replace("«", '"').replace("»", '"') != title.replace("—", "-").replace(
            "«", '"'
        ).replace("»", '"'):
            # the site's typograf filter turns "-" and quotes into typographic ones: the page's are kept
            print(f"lektor-rannts: {path}: the headline {headline!r} differs from {title!r}", file=sys.stderr)
        posts.append(
            {
                "path": path,
                "title": headline,
                "date": day,
                "datetime": None,
                "author": author,
                "categories": [parts[1]],
                "body": page_text(site, path, "section.section div.content"),
            }
        )
    return {
        "generator": "lektor 2 (the site's own bulma theme, typograf filter)",
        "language": "ru",
        "pagination": "/news/ and /news/page/N/ (five news a page; the home shows the newest five); /meetups/ "
        "and /meetups/page/N/ list the meetups, each meetup its talks",
        "truth_source": "content/**/contents.lr on the code branch @ cacad49 (built to master @ f050bf4): news "
        "(title, date checked against the subtitle) and talks (title; the speaker, checked against the subtitle; "
        "no date on the page); body: section.section div.content",
        "ignored": ignored,
        "origins": ["http://rannts.ru", "https://rannts.ru"],
        "posts": posts,
    }


def dede_haowenmi(repo: Repo, site: Path) -> dict[str, Any]:
    """中文期刊网 (www.haowenmi.cn, "论文范文资料"), a journals-and-papers portal on DedeCMS (织梦: templates under
    /templets/hssoft/, /plus/search.php, /plus/count.php?aid=), at the commit before the copy's owner rewrote the
    home page with links to other sites. Papers are DedeCMS's dated items /a/lunwenziliao/<col>/<sub>/<yyyy>/<mmdd>/
    <id>.html (and /<col>/<sub>/<yyyy>/<mmdd>/<id>.html, /<col>/<sub>/<id>.html for the newest); journals are
    catalogue entries /a/qikandaohang/<col>/[<sub>/]<yyyymmdd>/<id>.html. The copy holds no column page: items are
    reached from the home page and from each other's boxes ("关键词阅读", "较新论文"); most of those links are
    ``javascript:;``. No source or feed exists: the truth is the paper template ``div.body1``: ``h1.title`` (the
    headline), the day of ``div.info`` ("2012-04-15 15:08 来源：管理相关 …"), the text ``div.con``. A journal's
    catalogue entry (``div.body2``: a table of the journal's particulars and boxes about it, undated) is ignored:
    neither post nor non-article. No page names an author apart from the text (a closing "作者:王海 单位:…" line
    of some papers stays in the text)."""
    posts, ignored = [], []
    for file in sorted(site.rglob("*.html")):
        rel = file.relative_to(site).as_posix()
        if not re.search(r"/\d+\.html$", rel) or rel.startswith("s/"):
            continue
        path = "/" + rel
        root = lxml.html.fromstring(file.read_bytes().decode("utf-8"))
        paper = root.xpath('//div[@class="body1"]')
        if not paper:
            if root.xpath('//div[@class="body2"]'):
                ignored.append({"path": path, "reason": "a journal's catalogue entry (undated particulars)"})
                continue
            raise SystemExit(f"dede-haowenmi: {path}: no item template")
        headline = paper[0].xpath('./h1[@class="title"]')
        info = paper[0].xpath('./div[@class="info"]')
        text = paper[0].xpath('./div[@class="con"]')
        title = " ".join(headline[0].text_content().split()) if headline else ""
        day = cn_day(info[0].text_content()) if info else None
        if not title or not day or not text:
            raise SystemExit(f"dede-haowenmi: {path}: no headline, day or text")
        body = text_of(text[0])
        if not "".join(body.split()) or attachment_only(text[0]):
            ignored.append({"path": path, "reason": "an item without text"})
            continue
        posts.append({"path": path, "title": title, "date": day, "categories": [rel.split("/")[-2]], "body": body})
    return {
        "generator": "DedeCMS (织梦, /templets/, /plus/; /a/<col>/<sub>/<yyyy>/<mmdd>/<id>.html), static copy",
        "language": "zh",
        "pagination": "none in the copy (no column page): the home page and the items' boxes of other items",
        "truth_source": "the paper template (no source or feed exists): div.body1 > h1.title + div.info (day) + "
        "div.con; journals' catalogue entries (div.body2) ignored",
        "origins": ["http://www.haowenmi.cn", "https://www.haowenmi.cn", "http://haowenmi.cn", "https://haowenmi.cn"],
        "ignored": ignored,
        "posts": posts,
    }


# --- held-out round of session 18: mirrors of dynamic-CMS sites (docs/realsites.md) ------------------------------

_BLOGGER_POST = re.compile(r"^\d{4}/\d{2}/[^/?\uf03f]+\.html$")
ATOM = "{http://www.w3.org/2005/Atom}"


def blogger_feed(site: Path) -> dict[str, dict[str, Any]]:
    """The entries of a Blogger blog's saved Atom feed (``feeds/posts/default``: the newest 25 posts, full
    text), keyed by the post's path: title, published stamp, author name, content text."""
    tree = lxml.etree.fromstring((site / "feeds/posts/default").read_bytes())
    entries = {}
    for entry in tree.iter(f"{ATOM}entry"):
        link = next(
            (a.get("href") for a in entry.iter(f"{ATOM}link") if a.get("rel") == "alternate" and a.get("href")),
            None,
        )
        if link is None:
            continue
        content = entry.find(f"{ATOM}content")
        entries[urlsplit(link).path] = {
            "title": " ".join((entry.findtext(f"{ATOM}title") or "").split()),
            "published": entry.findtext(f"{ATOM}published") or "",
            "author": " ".join((entry.findtext(f"{ATOM}author/{ATOM}name") or "").split()),
            "body": html_fragment_text(content.text or "") if content is not None else "",
        }
    return entries


def blogger_posts(site: Path, header_day: Callable[[str], str]) -> tuple[list[dict[str, Any]], dict[str, Any]]:
    """The posts of a saved Blogger blog, as Blogger marks them: a page at /YYYY/MM/<slug>.html whose
    widget data says ``'isPost': true`` (copies saved with a query in their file name, ``?showComment=…``,
    are the same post). Title ``.post-title``, body ``.post-body``, author the ``.fn`` the post header or
    footer prints; the day is the post's ``abbr.published`` stamp where the template prints one, else the
    date header above it (``header_day`` reads the blog's language). The saved Atom feed holds the newest
    25 posts: their title, day and author must agree with the page, and the body agreement is recorded."""
    feed = blogger_feed(site)
    posts, pairs, checked = [], [], 0
    for file in sorted(site.rglob("*.html")):
        rel = file.relative_to(site).as_posix()
        if not _BLOGGER_POST.match(rel):
            continue
        raw = file.read_bytes()
        if b"'isPost': true" not in raw:
            continue
        root = lxml.html.fromstring(raw)
        path = "/" + rel
        # an untitled post (Blogger allows one: the page prints no headline, its <title> is the blog's name)
        headline = root.cssselect(".post .post-title")
        title = " ".join(headline[0].text_content().split()) if headline else ""
        stamps = root.cssselect(".post abbr.published[title]")
        if stamps:
            stamp = stamps[0].get("title")
            day = stamp[:10]
        else:
            stamp = None
            day = header_day(" ".join(root.cssselect("h2.date-header")[0].text_content().split()))
        names = root.cssselect(".post .fn [itemprop=name]") or root.cssselect(".post .fn")
        author = " ".join(names[0].text_content().split()) if names else None
        body = page_text(site, path, ".post .post-body")
        entry = feed.get(path)
        if entry:
            checked += 1
            if entry["title"] != title or entry["published"][:10] != day or (author and entry["author"] != author):
                raise SystemExit(f"blogger: {path}: the feed says {entry!r:.300}, the page {title!r} {day} {author!r}")
            pairs.append((entry["body"], body))
        posts.append(
            {"path": path, "title": title, "date": day, "datetime": stamp, "author": author or None, "body": body}
        )
    return posts, {"feed_entries_checked": checked, "feed_agreement": index_agreement(pairs)}


def spanish_weekday_day(text: str) -> str:
    """``domingo, 25 de julio de 2010`` -> ``2010-07-25``."""
    return spanish_day(text.split(",", 1)[1])


def french_weekday_day(text: str) -> str:
    """``vendredi 1 juillet 2011`` -> ``2011-07-01``."""
    return french_day(text.split(" ", 1)[1])


def blogger_jorge(repo: Repo, site: Path) -> dict[str, Any]:
    """A Spanish Blogger blog (a teenager's diary, 2010-2013), saved with HTTrack from blogspot.com. Posts at
    /YYYY/MM/<slug>.html, listed on the home (7 a page, then ``search?updated-max=…`` pages saved with the
    query in the file name, which a server cannot answer), by month and year archives (/YYYY/MM/index.html)
    and labels; each comment permalink was saved as a copy of the post."""
    posts, agreement = blogger_posts(site, spanish_weekday_day)
    return {
        "generator": "blogger (blogspot.com), HTTrack copy",
        "language": "es",
        "pagination": "home (7 posts) + search?updated-max= pages (query in the file name, not servable), "
        "/YYYY/MM/index.html and /YYYY/index.html archives, label pages",
        "truth_source": "Blogger's own mark ('isPost': true in the page's widget data); .post-title, "
        "abbr.published, .fn, .post-body; checked against feeds/posts/default (the newest 25 posts)",
        **agreement,
        "origins": ["http://jorgeelconstructor.blogspot.com", "https://jorgeelconstructor.blogspot.com"],
        "posts": posts,
    }


DRY_RB_SOURCE = "9bcc3ae3ac8b118ef2395998d229a4c27306343c"  # main: what gh-pages @ bec62fd says it deploys


def middleman_dry_rb(repo: Repo, site: Path) -> dict[str, Any]:
    """Middleman 4 with middleman-blog of dry-rb.org, the dry-rb Ruby libraries' site (English): news at
    /news/YYYY/MM/DD/<slug>/ (``blog.sources = '{year}-{month}-{day}.html'``, the slug made from the title), all
    listed by /news/ (``per_page: 20``, one page); beside them the libraries' documentation, /gems/<gem>/<version>/
    … (some 1,300 pages of guides, each versioned), /status/ and /community/. The build is gh-pages @ bec62fd
    ("deploy: 9bcc3ae…", 2025-11-07, GitHub Actions), built from main @ 9bcc3ae. One post per
    ``source/news/YYYY-MM-DD.html.markdown``: its page is the one directory of the build under that day. Title:
    the front matter's, checked against the heading ``div.intro-page__inner h1``; day: the front-matter date,
    checked against the "Published on <Month D, YYYY> by <name>" line; author: the name that line prints, the
    front matter's GitHub handle looked up in data/core_team.yml or data/past_members.yaml. Body:
    ``article.news-article``."""
    source = Repo(repo.gitdir, DRY_RB_SOURCE)
    people = {}
    for data_file in ("data/core_team.yml", "data/past_members.yaml"):
        for person in (yaml.safe_load(source.show(data_file)) or {}).get("people") or []:
            people[str(person["github_handle"])] = str(person["name"])
    posts = []
    for name in source.files("source/news"):
        found = re.fullmatch(r"source/news/(\d{4})-(\d{2})-(\d{2})\.html\.markdown", name)
        if not found:
            continue
        folders = sorted(site.glob(f"news/{found.group(1)}/{found.group(2)}/{found.group(3)}/*/index.html"))
        if len(folders) != 1:
            raise SystemExit(f"middleman-dry-rb: {name}: {len(folders)} built pages on that day")
        path = "/" + folders[0].parent.relative_to(site).as_posix() + "/"
        meta, _ = front_matter(source.show(name))
        stamp = meta["date"]
        day = stamp.isoformat() if isinstance(stamp, date) else str(stamp)[:10]
        root = page(site, path)
        headline = " ".join(root.cssselect("div.intro-page__inner h1")[0].text_content().split())
        title = " ".join(str(meta["title"]).split())
        if headline != title:
            raise SystemExit(f"middleman-dry-rb: {path}: the heading {headline!r} is not {title!r}")
        line = " ".join(root.cssselect("div.news-article-meta")[0].text_content().split())
        shown = re.fullmatch(r"Published on (\w+) (\d+), (\d{4}) by (.+)", line)
        author = people.get(str(meta.get("author")))
        if not shown or shown.group(4) != author:
            raise SystemExit(f"middleman-dry-rb: {path}: the line {line!r} does not name {author!r}")
        printed = date(int(shown.group(3)), MONTHS_EN[shown.group(1).lower()], int(shown.group(2))).isoformat()
        if printed != day:
            raise SystemExit(f"middleman-dry-rb: {path}: the line {line!r} is not {day}")
        posts.append(
            {
                "path": path,
                "title": title,
                "date": day,
                "datetime": None,
                "author": author,
                "categories": [],
                "body": page_text(site, path, "article.news-article"),
            }
        )
    return {
        "generator": "middleman 4 (middleman-blog, the site's own theme)",
        "language": "en",
        "pagination": "none: /news/ lists every post (per_page 20, 19 posts); /gems/<gem>/<version>/ are the docs",
        "truth_source": "source/news/YYYY-MM-DD.html.markdown front matter on main @ 9bcc3ae (deployed to gh-pages "
        "@ bec62fd): title (checked against the heading), date and author (the handle's name in data/*.yml, checked "
        "against the 'Published on … by …' line); body: article.news-article",
        "origins": ["https://dry-rb.org", "http://dry-rb.org", "https://www.dry-rb.org"],
        "posts": posts,
    }


def phpcms_zikaobyz(repo: Repo, site: Path) -> dict[str, Any]:
    """广州自考网 (copied as zikaobyz.com), a self-study-examination news portal on PHPCMS v9 (/statics/css/,
    /statics/js/search_common.js, ``div#Article``, pager ``div#pages``), at the commit before the copy's owner
    rewrote the home page. Column pages /<col>/index.html (the copy holds each column's first page), items
    /<col>/<id>.html. No source or feed exists: the truth is the item template ``div#Article``: its ``h1`` (the
    headline), the day of the ``center > span`` under it ("2019-10-29 15:36:08 来源：广州自考网 点击："), the text
    ``div.content``. Items without text are ignored, and so are the programmes' pages of the universities' columns
    (/gzjndxbk/<n>.html …: "专业内容", a table of a major's courses, undated): neither post nor non-article. "来源"
    names the site; no page names an author."""
    posts, ignored = [], []
    for file in sorted(site.glob("*/*.html")):
        rel = file.relative_to(site).as_posix()
        if not re.fullmatch(r"[a-z0-9]+/\d+\.html", rel):
            continue
        path = "/" + rel
        root = lxml.html.fromstring(file.read_bytes().decode("utf-8"))
        article = root.xpath('//div[@id="Article"]')
        if not article:
            raise SystemExit(f"phpcms-zikaobyz: {path}: no item template")
        headline = article[0].xpath("./h1")
        stamp = article[0].xpath("./center/span")
        if not headline and not stamp and article[0].xpath('.//h2[contains(., "专业内容")]'):
            ignored.append({"path": path, "reason": "a programme's page (a university's major: its courses, undated)"})
            continue
        text = article[0].xpath('./div[contains(concat(" ", @class, " "), " content ")]')
        title = " ".join(headline[0].text_content().split()) if headline else ""
        day = cn_day(stamp[0].text_content()) if stamp else None
        if not title or not day or not text:
            raise SystemExit(f"phpcms-zikaobyz: {path}: no headline, day or text")
        body = text_of(text[0])
        if not "".join(body.split()) or attachment_only(text[0]):
            ignored.append({"path": path, "reason": "an item without text"})
            continue
        posts.append({"path": path, "title": title, "date": day, "categories": [rel.split("/")[0]], "body": body})
    return {
        "generator": "PHPCMS v9 (/statics/, div#Article; /<col>/<id>.html), static copy",
        "language": "zh",
        "pagination": "column pages /<col>/index.html (the copy holds each column's first page)",
        "truth_source": "the item template (no source or feed exists): div#Article > h1 + center > span (day) + "
        "div.content",
        "origins": ["http://www.zikaobyz.com", "https://www.zikaobyz.com", "http://zikaobyz.com"],
        "ignored": ignored,
        "posts": posts,
    }


def mobile_koukoule(repo: Repo, site: Path) -> dict[str, Any]:
    """手机腾牛网 (m.qqtn.com's mobile template, copied as koukoule.cn), a mobile portal of software downloads and
    articles (个性签名, 网名, 语录 …) on the site's own CMS (``_pageinfo = {path: "cms", categroyId …}``). Articles
    are /c/<id>.html, listed by /news.html, /nnew.html, /nrank.html and column pages /c/catalogID/<n>/0/0/index.html;
    beside them sit download pages (/down/<id>.html), developer pages (/company/<id>.html) and topic pages (/k/,
    /qm/, /tx/ …). No source or feed exists: the truth is the article template ``article.g-cms-content``: its ``h1``
    (the headline), the ``time`` ("时间:2015/4/27 9:07:00"; ``_webInfo.DateTime`` the same), the byline "作者:" of
    the ``em`` under the headline (the editor's name as the page prints it: "qqtn强柔"), the text ``div#content``.
    Articles without text are ignored. The byline "作者:网友整理" ("compiled by readers", most articles) names no
    one: those articles are listed in ``bylines_not_scored``, with no author in the truth."""
    posts, ignored = [], []
    unscored: list[str] = []
    for file in sorted(site.glob("c/*.html")):
        rel = file.relative_to(site).as_posix()
        if not re.fullmatch(r"c/\d+\.html", rel):
            continue
        path = "/" + rel
        root = lxml.html.fromstring(file.read_bytes().decode("utf-8"))
        article = root.xpath('//article[contains(@class, "g-cms-content")]')
        if not article:
            raise SystemExit(f"mobile-koukoule: {path}: no item template")
        headline = article[0].xpath("./h1")
        stamp = article[0].xpath("./em/time")
        text = article[0].xpath('./div[@id="content"]')
        title = " ".join(headline[0].text_content().split()) if headline else ""
        day = cn_day(stamp[0].text_content()) if stamp else None
        if not title or not day or not text:
            raise SystemExit(f"mobile-koukoule: {path}: no headline, day or text")
        body = text_of(text[0])
        if not "".join(body.split()) or attachment_only(text[0]):
            ignored.append({"path": path, "reason": "an item without text"})
            continue
        post = {"path": path, "title": title, "date": day, "body": body}
        byline = " ".join(article[0].xpath("./em")[0].text_content().split())
        found = re.search(r"作者[:：]\s*(\S+)", byline)
        if found and found.group(1) == "网友整理":
            unscored.append(path)  # "compiled by readers": a note on the text's origin, no one's name
        elif found and not found.group(1).startswith("人气"):
            post["author"] = found.group(1)
        posts.append(post)
    return {
        "generator": "the mobile template of a downloads-and-articles portal's own CMS (/c/<id>.html), static copy",
        "language": "zh",
        "pagination": "/news.html, /nnew.html, /nrank.html, column pages /c/catalogID/<n>/0/0/index.html (first "
        "pages only)",
        "truth_source": "the article template (no source or feed exists): article.g-cms-content > h1 + em > time + "
        "the em's 作者: + div#content",
        "bylines_not_scored": unscored,
        "origins": [
            "http://www.koukoule.cn",
            "https://www.koukoule.cn",
            "http://m.koukoule.cn",
            "https://m.koukoule.cn",
        ],
        "posts": posts,
    }


def blogger_lafuite(repo: Repo, site: Path) -> dict[str, Any]:
    """A French (Quebec) Blogger travel blog on its own domain (2011-2013), saved with HTTrack on Windows
    (a query's ``?`` became U+F03F in file names). Posts at /YYYY/MM/<slug>.html, listed on the home, by
    month and year archives and 19 labels; ten static pages at /p/<slug>.html. The template prints the day
    only as the date header above the post, and the author as ``par <name>``."""
    posts, agreement = blogger_posts(site, french_weekday_day)
    return {
        "generator": "blogger (custom domain), HTTrack copy",
        "language": "fr",
        "pagination": "home + /YYYY/MM/index.html and /YYYY/index.html archives, label pages (their "
        "updated-max pages saved under names with U+F03F), /p/ static pages",
        "truth_source": "Blogger's own mark ('isPost': true in the page's widget data); .post-title, the date "
        "header, .fn, .post-body; checked against feeds/posts/default (the newest 25 posts)",
        **agreement,
        "origins": ["http://www.lafuiteautourdumonde.com", "https://www.lafuiteautourdumonde.com"],
        "posts": posts,
    }


_JA_SHOWN_DAY = re.compile(r"(\d{1,2})月\s*(\d{1,2}),\s*(\d{4})")


def wp_hides(repo: Repo, site: Path) -> dict[str, Any]:
    """A Japanese WordPress blog (Colibri theme) of a martial-arts gym, 2020-2025, mirrored with wget
    (``--adjust-extension``: every address ends in .html) under /blog/. Posts at /blog/YYYY/MM/<slug>.html
    (the older ones imported from Blogger, ``blog-post_13.html``), listed on the home (ten newest) and by
    day archives (/blog/YYYY/MM/DD.html, linked from each post's date); each post links the next one
    (``rel=next``). No category, author or page-N listing was saved. The theme prints no machine-readable
    date: the day is the one the byline shows (``8月 13, 2020``), checked against the day archive it links."""
    posts, ignored = [], []
    for file in sorted((site / "blog").rglob("*.html")):
        raw = file.read_bytes()
        if "single-post" not in body_classes(raw):
            continue
        root = lxml.html.fromstring(raw)
        path = "/" + file.relative_to(site).as_posix()
        title = " ".join(root.cssselect("#hero h1")[0].text_content().split())
        meta = root.cssselect(".h-blog-meta .metadata-item")
        author = " ".join(meta[0].cssselect("a")[0].text_content().split())
        shown = meta[1].cssselect("a")[0]
        found = _JA_SHOWN_DAY.search(shown.text_content())
        if not found:
            raise SystemExit(f"wp-hides: {path}: no day in {shown.text_content()!r}")
        day = date(int(found.group(3)), int(found.group(1)), int(found.group(2))).isoformat()
        archive = urljoin(path, shown.get("href"))
        if not archive.endswith(f"/{day[:4]}/{day[5:7]}/{day[8:]}.html"):
            raise SystemExit(f"wp-hides: {path}: the day {day} links the archive {archive}")
        content = root.cssselect(".colibri-post-content")[0]
        posts.append(
            {"path": path, "title": title, "date": day, "datetime": None, "author": author, "body": text_of(content)}
        )
    return {
        "generator": "wordpress 5.9 (Colibri theme), wget mirror with .html extensions",
        "language": "ja",
        "home": "/blog/",
        "pagination": "home (10 newest) + day archives /blog/YYYY/MM/DD.html + each post's rel=next link; no "
        "page-N, category or author listing saved",
        "truth_source": "WordPress's own mark: <body class=single-post postid-N>; the hero h1, the byline's "
        "author and day (checked against the day archive it links), .colibri-post-content",
        "origins": ["https://hidemiyoshi.jp", "http://hidemiyoshi.jp"],
        "ignored": ignored,
        "posts": posts,
    }


# --- held-out round of session 19: Chinese portals (docs/realsites.md, "Held-out round of session 19") ----------


def empire_scrww(repo: Repo, site: Path) -> dict[str, Any]:
    """四川人物网 (www.scrww.com), a provincial news-and-people portal on EmpireCMS (帝国CMS: /e/ admin tree,
    ``/e/data/``, list pages /<col>/<sub>/index.html + index_<n>.html) dressed in a WordPress theme's markup
    (wpcom "Justnews": ``article.post``, ``h1.entry-title``, ``div.entry-content``). Items /<col>/<sub>/<id>.html.
    No source or feed exists: the truth is the item template ``article``: ``h1.entry-title`` (the headline), the
    day of ``div.entry-info`` ("作者： • 更新时间：2024-10-07 17:52:25"), the text ``div.entry-content`` without its
    closing ``div.entry-copyright`` ("本文由四川人物网发布…", the same on every item). The byline "作者：" is the
    ``a.nickname`` of ``div.entry-info``: the author where it names one (empty on all but one item). The copy's
    owner added two pages beside the portal (a company's landing page, a scraper's form), which no page links to."""
    posts, ignored = [], []
    for file in sorted(site.rglob("*.html")):
        rel = file.relative_to(site).as_posix()
        if not re.fullmatch(r"[a-z]+/[a-z]+/\d+\.html", rel):
            continue
        path = "/" + rel
        root = lxml.html.fromstring(file.read_bytes().decode("utf-8"))
        article = root.xpath("//article")
        if not article:
            raise SystemExit(f"empire-scrww: {path}: no item template")
        headline = article[0].xpath('.//h1[@class="entry-title"]')
        info = article[0].xpath('.//div[@class="entry-info"]')
        text = article[0].xpath('.//div[contains(concat(" ", @class, " "), " entry-content ")]')
        title = " ".join(headline[0].text_content().split()) if headline else ""
        day = cn_day(info[0].text_content()) if info else None
        if not title or not day or not text:
            raise SystemExit(f"empire-scrww: {path}: no headline, day or text")
        holder = copy.deepcopy(text[0])
        for note in holder.xpath('.//div[@class="entry-copyright"]'):
            note.drop_tree()
        body = text_of(holder)
        if not "".join(body.split()) or attachment_only(holder):
            ignored.append({"path": path, "reason": "an item without text"})
            continue
        post = {"path": path, "title": title, "date": day, "categories": [rel.split("/")[1]], "body": body}
        nickname = " ".join("".join(info[0].xpath('./a[@class="nickname"]//text()')).split())
        if nickname:
            post["author"] = nickname
        posts.append(post)
    return {
        "generator": "EmpireCMS (帝国CMS, /e/; /<col>/<sub>/<id>.html, index_<n>.html) in a WordPress theme's markup, "
        "static copy",
        "language": "zh",
        "pagination": "column pages /<col>/<sub>/index.html + index_<n>.html (四川新闻 to index_4, 资讯 to index_6)",
        "truth_source": "the item template (no source or feed exists): article > h1.entry-title + div.entry-info "
        "(day; a.nickname the byline) + div.entry-content (div.entry-copyright left out)",
        "origins": ["http://www.scrww.com", "https://www.scrww.com", "http://scrww.com", "https://scrww.com"],
        "ignored": ignored,
        "posts": posts,
    }


# --- Session 19's international round (docs/realsites.md, "Held-out round of session 19 (international)") -------

TR_MONTHS = {
    m: i
    for i, m in enumerate(
        ("ocak", "şubat", "mart", "nisan", "mayıs", "haziran", "temmuz", "ağustos", "eylül", "ekim", "kasım", "aralık"),
        1,
    )
}


def jekyll_ubuntu_tr(repo: Repo, site: Path) -> dict[str, Any]:
    """Jekyll 3 (the community's own Semantic UI theme, ``theme/ubuntu-tr``) of SUDO, the online magazine of
    Ubuntu Türkiye (ubuntu-tr.net, Turkish): the articles of the printed SUDO issues 60 and 61, one file per
    article in ``_posts`` with ``permalink: "<slug>"``, built to ``_site/<slug>.html`` and linked as
    ``/<slug>`` (GitHub Pages answers it with the .html file). Listed by the home (slider, newest, most read)
    and the five category pages /haberler/, /uygulama-tanitimlari/, /nasil-yapilir/, /oyun-eglence/,
    /ubuntu+1/ (cards with title, day and author; no pager), and by the tag pages /etiket/<tag>. The built
    tree was committed until 2016-05-17: d998b84 is the last commit holding ``_site`` with the sources it was
    built from. Title: the front matter's, checked against ``h1.ui.header``; day: the front-matter date
    (Europe/Istanbul), checked against the "19 Nisan 2016 tarihinde yayımlandı." line; author: the front
    matter's, checked against the "Yazar:" line. Body: ``div.markdown-body`` (the front matter's summary is
    printed above the picture as ``div.description``: the summary, not the text)."""
    posts = []
    for name in repo.files("_posts"):
        meta, _ = front_matter(repo.show(name))
        path = "/" + str(meta["permalink"]).strip("/")
        root = utf8_page(site, path + ".html")  # <meta charset> follows <title>: lxml alone reads Latin-1
        headline = " ".join(root.cssselect("h1.ui.header")[0].text_content().split())
        title = " ".join(str(meta["title"]).split())
        if headline != title:
            raise SystemExit(f"jekyll-ubuntu-tr: {path}: the headline {headline!r} is not {title!r}")
        moment = jekyll_time(str(meta["date"])).replace(tzinfo=ZoneInfo("Europe/Istanbul"))
        day = moment.date().isoformat()
        spans = [" ".join(s.text_content().split()) for s in root.cssselect("div.content > div.meta > span")]
        shown_day = next((s for s in spans if s.endswith("tarihinde yayımlandı.")), "")
        found = re.match(r"(\d{1,2}) (\w+) (\d{4})", shown_day)
        if (
            not found
            or date(int(found.group(3)), TR_MONTHS[found.group(2).lower()], int(found.group(1))).isoformat() != day
        ):
            raise SystemExit(f"jekyll-ubuntu-tr: {path}: the page prints {shown_day!r}, the front matter {day}")
        author = " ".join(str(meta.get("author") or "").split()) or None
        byline = next((s for s in spans if s.startswith("Yazar:")), "")
        if byline != f"Yazar: {author}":
            raise SystemExit(f"jekyll-ubuntu-tr: {path}: the byline {byline!r} is not {author!r}")
        posts.append(
            {
                "path": path,
                "title": title,
                "date": day,
                "datetime": moment.isoformat(),
                "author": author,
                "categories": [str(meta.get("categories") or "")],
                "body": selected_text(root, "div.markdown-body"),
            }
        )
    return {
        "generator": "jekyll 3 (the community's own Semantic UI theme)",
        "language": "tr",
        "pagination": "none: the home and five category pages (cards: title, day, author) list every article; "
        "tag pages /etiket/<tag>",
        "truth_source": "_posts/*.md front matter @ d998b84 (the last commit with _site): title (checked against "
        "h1.ui.header), date (Europe/Istanbul, checked against the 'tarihinde yayımlandı' line), author (checked "
        "against the 'Yazar:' line); body: div.markdown-body",
        "origins": ["http://sudo.ubuntu-tr.net", "https://sudo.ubuntu-tr.net"],
        "posts": posts,
    }


# An office, not a person: a department, an editorial office, a council, a seminary, a foundation.
_CCC_OFFICE = re.compile(r"(?:部|编辑部|两会|协会|学院|神学院|基金会|委员会|this site|Department|Foundation)$")


def ccctspm_byline(text: str) -> tuple[str | None, bool]:
    """(the author, whether the byline is scored) of a 中国基督教两会 item's ``span.yd-news-author``.
    "来源：新华网" / "转自：…" / "Source: …" name where the text comes from: no author, scored as none. "供稿：通讯员
    林超群" (contributed by correspondent …), "报道：杜鹏", "摄影、报道：王荣伟" name the writers, the photographer's
    credit after them ("摄影：吴新望") left out. A byline naming an office ("供稿：社会服务部", "基督教全国两会",
    "Reported by Social Service Department") names no person: not scored."""
    line = " ".join(text.replace("\u200b", "").split())
    if not line or re.match(r"(?:来源|转自|Source)\s*[:：]", line):
        return None, True
    found = re.match(r"(?:[^：:]{0,6}(?:供稿|报道|撰文|整编|作者)|Reported by)\s*[:：]?\s*(.+)$", line)
    if not found:
        return None, False  # an organisation's name alone
    names = re.split(r"\s+(?:摄影|图片|图)\s*[:：]", found.group(1))[0]
    names = re.sub(r"^通讯员\s*", "", names).strip()
    if not names or _CCC_OFFICE.search(names) or "《" in names:
        return None, False
    return names, True


def cms_ccctspm(repo: Repo, site: Path) -> dict[str, Any]:
    """中国基督教两会 (www.chineseprotestantchurch.org.cn, the national council of China's Protestant churches: an
    association's portal), on the association's own PHP CMS (an admin tree /backstage/, routes /newsinfo/<id>,
    /churchinfo/<id> rewritten to /<id>.html in the copy), Chinese at /index.html and English at /index1.html.
    Items are /<id>.html at the root, beside the column pages (/news.html, /sernews.html …, named by word) that
    list each column's first items (their further pages are drawn by script). No source or feed exists: the truth
    is the item template ``div.yd-news-con``: ``div.yd-news-title`` (the headline), the first ``span`` of
    ``div.yd-report-data`` (the day, "2020-02-02"), the text ``div#textify``. The byline ``span.yd-news-author``
    is read by ``ccctspm_byline``. Items of the church directory ("各地教会", "The Church in China": a church's,
    a seminary's or a provincial council's profile, dated the day it was entered) are ignored: neither post nor
    non-article. Items without text are ignored, and so are the old edition's items (旧版, /index2.html: a table
    layout of their own, "<day> | 阅读：…" under the headline)."""
    posts, ignored = [], []
    unscored: list[str] = []
    for file in sorted(site.glob("*.html")):
        if not re.fullmatch(r"\d+\.html", file.name):
            continue
        path = "/" + file.name
        root = lxml.html.fromstring(file.read_bytes().decode("utf-8"))
        item = root.xpath('//div[@class="yd-news-con"]')
        if not item:
            if re.search(r"\d{4}-\d\d-\d\d\s*\|\s*阅读：", " ".join(root.text_content().split())):
                # An item of the old edition ("旧版", /index2.html, linked from every page's header): a table layout
                # of its own ("<day> | 阅读： | 报道：…" under the headline), no item template to read a truth from.
                reason = "an item of the old edition (旧版, /index2.html), in its own table layout: not scored"
                ignored.append({"path": path, "reason": reason})
            continue  # a column page named by number (/1.html … /8.html: a column's first items)
        headline = item[0].xpath('.//div[contains(@class, "yd-news-title")]')
        stamp = item[0].xpath('.//div[@class="yd-report-data"]/span[1]')
        text = item[0].xpath('.//div[@id="textify"]')
        title = " ".join(headline[0].text_content().split()) if headline else ""
        day = cn_day(stamp[0].text_content()) if stamp else None
        if not title or not day or not text:
            raise SystemExit(f"cms-ccctspm: {path}: no headline, day or text")
        crumbs = [" ".join(a.split()) for a in root.xpath('//div[@class="yd-local"]//a/text()')]
        if any(c in ("各地教会", "The Church in China") for c in crumbs):
            reason = "a profile of the church directory (a church, a seminary, a council)"
            ignored.append({"path": path, "reason": reason})
            continue
        body = text_of(text[0])
        if not "".join(body.split()) or attachment_only(text[0]):
            ignored.append({"path": path, "reason": "an item without text"})
            continue
        post = {"path": path, "title": title, "date": day, "categories": crumbs[-1:], "body": body}
        byline = item[0].xpath('.//span[@class="yd-news-author"]')
        author, scored = ccctspm_byline(byline[0].text_content() if byline else "")
        if author:
            post["author"] = author
        elif not scored:
            unscored.append(path)
        posts.append(post)
    return {
        "generator": "the association's own PHP CMS (/backstage/; /newsinfo/<id> as /<id>.html), static copy",
        "language": "zh (and en: /index1.html)",
        "pagination": "column pages /<word>.html listing each column's first items (further pages drawn by script)",
        "truth_source": "the item template (no source or feed exists): div.yd-news-con > div.yd-news-title + "
        "div.yd-report-data (day; span.yd-news-author the byline) + div#textify; the church directory's profiles "
        "ignored",
        "bylines_not_scored": unscored,
        "origins": [
            "http://www.chineseprotestantchurch.org.cn",
            "https://www.chineseprotestantchurch.org.cn",
            "http://chineseprotestantchurch.org.cn",
            "https://chineseprotestantchurch.org.cn",
        ],
        "ignored": ignored,
        "posts": posts,
    }


HASKELL_JP_SOURCE = "35668ccb7f8f0a0389a496c543e9b8842094caee"  # master: what gh-pages @ 3469fa8 was built from


def hakyll_haskell_jp(repo: Repo, site: Path) -> dict[str, Any]:
    """Hakyll (the clean-blog Bootstrap theme) of the Haskell-jp Blog, the blog of the Japanese Haskell user
    group (日本Haskellユーザーグループ), served below /blog/ of haskell.jp (its pages link relatively, its feed
    https://haskell.jp/blog/...). The build is gh-pages @ 3469fa8 ("Release 35668cc", 2025-12-07), the sources
    master @ 35668cc. Hakyll routes every ``preprocessed-site/posts/**/*.md`` to ``posts/**/*.html`` and the
    home lists them all (title and the "Posted by <name> on <Month D, YYYY>" line; no pager): each is a post,
    the community's notices (about_us, about_admins, grc, links) included. Title: the front matter's, checked
    against the header's ``h1``; day: the front-matter date ("May 4, 2019"), checked against the "Posted by …
    on …" line; author: the name that line prints (the front matter's ``postedBy``, else its ``author``), a
    handle after it in brackets aside ("Yuji Yamamoto(@igrep)": Yuji Yamamoto); where ``postedBy`` names a
    person and ``author`` the group, the page's ``<meta name="author">`` says the group and the byline the
    person: the byline is the truth. Body: ``div#md-post-content``."""
    mount_under(site, "/blog/")
    source = Repo(repo.gitdir, HASKELL_JP_SOURCE)
    posts = []
    for name in source.files("preprocessed-site/posts"):
        if not name.endswith(".md"):
            continue
        meta, _ = front_matter(source.show(name))
        if meta.get("draft"):
            continue
        path = "/blog/" + name.removeprefix("preprocessed-site/").removesuffix(".md") + ".html"
        root = page(site, path)
        headline = " ".join(root.cssselect("div.post-heading h1")[0].text_content().split())
        title = " ".join(str(meta["title"]).split())
        if headline != title:
            raise SystemExit(f"hakyll-haskell-jp: {path}: the headline {headline!r} is not {title!r}")
        moment = datetime.strptime(" ".join(str(meta["date"]).split()), "%B %d, %Y")
        day = moment.date().isoformat()
        line = " ".join(root.cssselect("div.post-heading span.meta")[0].text_content().split())
        found = re.fullmatch(r"Posted by (.+) on (\w+) (\d+), (\d{4})", line)
        if (
            not found
            or date(int(found.group(4)), MONTHS_EN[found.group(2).lower()], int(found.group(3))).isoformat() != day
        ):
            raise SystemExit(f"hakyll-haskell-jp: {path}: the line {line!r} does not print {day}")
        # The byline is the author as a reader sees it; a handle in brackets after the name is not the name.
        author = re.sub(r"\s*\(@[^)]*\)$", "", found.group(1)) or None
        if author != " ".join(str(meta.get("author") or "").split()):
            print(f"hakyll-haskell-jp: {path}: the byline names {author!r}, the front matter {meta.get('author')!r}")
        posts.append(
            {
                "path": path,
                "title": title,
                "date": day,
                "datetime": None,
                "author": author,
                "categories": [t.strip() for t in str(meta.get("tags") or "").split(",") if t.strip()],
                "body": page_text(site, path, "div#md-post-content"),
            }
        )
    return {
        "generator": "hakyll (the clean-blog Bootstrap theme)",
        "language": "ja",
        "pagination": "none: the home lists every post (title, 'Posted by … on …')",
        "truth_source": "preprocessed-site/posts/**/*.md front matter on master @ 35668cc (built to gh-pages @ "
        "3469fa8): title (checked against the header's h1), date (checked against the 'Posted by … on …' line), "
        "author; body: div#md-post-content",
        "home": "/blog/",
        "origins": ["https://haskell.jp", "http://haskell.jp"],
        "posts": posts,
    }


# The account that posted an item, printed as its "作者：": a login, not a writer.
_ACCOUNT_NAMES = frozenset({"admin", "管理员", "超级管理员", "系统管理员"})


def cms_hdjxedu(repo: Repo, site: Path) -> dict[str, Any]:
    """北京市海淀区教师进修学校 (www.hdjxedu.cn, Haidian District's teachers' college, Beijing), a school portal on a
    vendor's CMS (Amaze UI templates, "厦门福龙诚信息科技有限公司 (flcit.com)" in every page's comment). Column pages
    are /index<n>.html (each column's first page; the pager's links are javascript:;), items /<id>.html. No
    source or feed exists: the truth is the item template ``article.am-article``: ``h1.am-article-title`` (the
    headline), the "发布时间：2020-10-16" span of ``p.am-article-meta`` (the day), its "作者：" span (the author),
    and the text: the ``article``'s children after its header ``div.am-article-hd``. A "作者：" naming the posting
    account (admin, 管理员, 超级管理员) names no writer: those items are listed in ``bylines_not_scored``. Items
    without text are ignored."""
    posts, ignored = [], []
    unscored: list[str] = []
    for file in sorted(site.glob("*.html")):
        if not re.fullmatch(r"\d+\.html", file.name):
            continue
        path = "/" + file.name
        root = lxml.html.fromstring(file.read_bytes().decode("utf-8"))
        article = root.xpath('//article[contains(@class, "am-article")]')
        if not article:
            raise SystemExit(f"cms-hdjxedu: {path}: no item template")
        headline = article[0].xpath('.//h1[contains(@class, "am-article-title")]')
        fields = [" ".join(s.text_content().split()) for s in article[0].xpath('.//p[@class="am-article-meta"]/span')]
        stamp = next((f for f in fields if f.startswith("发布时间")), "")
        title = " ".join(headline[0].text_content().split()) if headline else ""
        day = cn_day(stamp)
        if not title or not day:
            raise SystemExit(f"cms-hdjxedu: {path}: no headline or day")
        holder = copy.deepcopy(article[0])
        for head in holder.xpath('./div[contains(@class, "am-article-hd")]'):
            head.drop_tree()
        body = text_of(holder)
        if not "".join(body.split()) or attachment_only(holder):
            ignored.append({"path": path, "reason": "an item without text"})
            continue
        post = {"path": path, "title": title, "date": day, "body": body}
        byline = next((f for f in fields if f.startswith("作者")), "")
        name = re.sub(r"^作者\s*[:：]\s*", "", byline).strip()
        if name in _ACCOUNT_NAMES:
            unscored.append(path)
        elif name:
            post["author"] = name
        posts.append(post)
    return {
        "generator": "a school-portal CMS of flcit.com (Amaze UI templates; /index<n>.html columns, /<id>.html "
        "items), static copy",
        "language": "zh",
        "pagination": "column pages /index<n>.html (each column's first page; the pager's links are javascript:;)",
        "truth_source": "the item template (no source or feed exists): article.am-article > h1.am-article-title + "
        "p.am-article-meta (发布时间, 作者) + the article's text after div.am-article-hd",
        "bylines_not_scored": unscored,
        "origins": ["http://www.hdjxedu.cn", "https://www.hdjxedu.cn", "http://hdjxedu.cn", "https://hdjxedu.cn"],
        "ignored": ignored,
        "posts": posts,
    }


PATOJAD_SOURCE = "9ef839e8780c9deb9299b93e835e35df3c7fac5a"  # main: what gh-pages @ e5d67fc was built from


def hugo_patojad(repo: Repo, site: Path) -> dict[str, Any]:
    """Hugo (the site's own Tailwind theme) of PatoJAD (patojad.com.ar), an Argentinian site on GNU/Linux and
    free software (Spanish) with a few guest authors. Posts at /post/YYYY/MM/<slug>/ (``posts:
    /post/:year/:month/:slug/``), listed twelve a page by /posts/ and /posts/page/N/, and by the category, tag
    and author pages; beside them the projects (/projects/<slug>/: a portfolio of the author's work, each with a
    day and a description, listed by /projects/: neither posts nor non-articles, ignored) and a privacy page. The
    build is gh-pages @ e5d67fc ("deploy", 2026-05-21 09:29 -0300), the sources main @ 9ef839e (09:28, the commit
    before). The build's search index (index.json) holds every page with its permalink, title, day and full
    text (Hugo's ``.Plain``; its "date" is written with a wrong layout and is not the day): its /post/ entries
    are the posts. Title: the index's, checked against the first ``h1`` of ``main`` (a video post prints it above
    its ``article``); day: the front-matter date (the page prints it in its metadata only:
    ``article:published_time``, JSON-LD); author: the front matter's ``authors`` (the author box under the
    text prints it); body: the index's text (the article has no element of its own for the text: it sits
    between the ``h1`` and the share bar), checked against the page."""
    source = Repo(repo.gitdir, PATOJAD_SOURCE)
    by_title: dict[str, list[dict[str, Any]]] = {}
    for name in source.files("content/posts"):
        if not name.endswith(".md"):
            continue
        meta, _ = front_matter(source.show(name))
        if meta.get("draft") or "date" not in meta:  # an undated source is built nowhere as a post
            continue
        by_title.setdefault(" ".join(str(meta["title"]).split()), []).append(meta)
    posts, pairs, ignored = [], [], []
    for entry in json.loads(repo.show("index.json")):
        path = relative(entry["permalink"])
        if path.startswith("/projects/"):
            ignored.append({"path": path, "reason": "a portfolio entry (the author's project: day, description)"})
            continue
        if not path.startswith("/post/"):
            continue
        title = " ".join(html.unescape(entry["title"]).split())
        # The index's "date" is written with the layout "Friday, March 3, 2006" (a day-of-month of 3, not 2):
        # not the day. The source is found by title, and by the permalink's /YYYY/MM/ where two share one.
        month = path.split("/")[2:4]
        found_meta = [m for m in by_title.get(title, []) if str(m["date"])[:7].split("-") == month]
        if len(found_meta) != 1:
            raise SystemExit(f"hugo-patojad: {path}: {len(found_meta)} sources titled {title!r} in {month}")
        meta = found_meta[0]
        stamp = meta["date"]
        day = str(stamp)[:10]  # "2026-05-21 09:24:00.00", a YAML date or datetime: the day comes first
        root = page(site, path)
        headlines = root.cssselect("main h1")
        if not headlines:  # a post whose layout prints no headline: its <title> says it
            print(f"hugo-patojad: {path}: no h1; <title> {root.findtext('.//title')!r}")
        elif " ".join(headlines[0].text_content().split()) != title:  # a heading of the text, with its anchor "#"
            print(f"hugo-patojad: {path}: the first h1 is {headlines[0].text_content()!r}, the title {title!r}")
        authors = meta.get("authors") or []
        author = " ".join(str(authors[0]).split()) if authors else None
        body = html.unescape(entry["content"]).strip()
        article = root.cssselect("article")[0]
        pairs.append((body, text_of(article)))
        posts.append(
            {
                "path": path,
                "title": title,
                "date": day,
                "datetime": None,
                "author": author,
                "categories": [str(c) for c in meta.get("categories") or []],
                "body": body,
            }
        )
    return {
        "generator": "hugo (the site's own Tailwind theme)",
        "language": "es",
        "pagination": "/posts/ and /posts/page/N/ (twelve a page); categories, tags and authors pages",
        "truth_source": "the build's index.json (permalink, title, full text) for /post/ entries; date and authors "
        "from content/posts front matter on main @ 9ef839e (built to gh-pages @ e5d67fc), matched by title and "
        "the permalink's month; body: the index's text",
        "index_vs_page_text_f1": index_agreement(pairs),
        "ignored": ignored,
        "origins": ["https://patojad.com.ar", "http://patojad.com.ar", "https://www.patojad.com.ar"],
        "posts": posts,
    }


# --- session 19, held-out round (English): a science consortium on Hugo, a language project on Franklin.jl, a
# college library department's blog on Hugo (docs/realsites.md, "Held-out round of session 19 (English)") -------

OPENFF_SOURCE = "30c0528062e1ffb08886ab25f9e082d8100d4894"  # main: what gh-pages @ c38879f names ("deploy: 30c0528…")


def hugo_openff(repo: Repo, site: Path) -> dict[str, Any]:
    """Hugo (the consortium's own "openff" theme) of the Open Force Field Initiative, a chemistry consortium of
    universities and pharmaceutical companies; the ``gh-pages`` branch @ c38879f ("deploy: 30c0528…", GitHub
    Actions, 2023-03-17) holds the build, ``main`` @ 30c0528 the sources. Three kinds of post, each under the
    news menu or the footer: news (``content/community/news/general/``), science updates (meeting summaries and
    essays, ``…/science-updates/``) and the advisory boards' minutes (``content/minutes/{cab,iab}/``), each
    listed by its section (+ ``/page/N/``, ten a page) and by tag and category. A source's ``slug`` names its
    page's last segment (``2019-01-31-property-meeting-kcj.md`` → ``propertycalculator-meeting-2019-01-31``).
    Every post prints "Posted on 12 Jun 2021 by <author>" under its ``h1``; the front matter's author is that
    line's, a list written in one string ("Karmen Condic-Jurkic, Owen Madin and Jeff Wagner"). Body: the
    ``article``'s first ``div`` (its next holds the tags). The team, roadmap, research, software, force-field and
    event pages are not posts."""
    source = Repo(repo.gitdir, OPENFF_SOURCE)
    posts: list[dict[str, Any]] = []
    for name in source.files("content/community/news") + source.files("content/minutes"):
        if not name.endswith(".md") or name.endswith("_index.md"):
            continue
        meta, _ = front_matter(source.show(name))
        if meta.get("draft"):
            continue
        rel = name.removeprefix("content/").removesuffix(".md").removesuffix("/index")
        if meta.get("slug"):
            rel = rel.rsplit("/", 1)[0] + "/" + str(meta["slug"])
        path = f"/{rel.lower()}/"
        stamp = meta["date"]
        moment = stamp if isinstance(stamp, datetime) else datetime.fromisoformat(str(stamp))
        title = " ".join(str(meta["title"]).split())
        author = " ".join(str(meta["author"]).split()) if meta.get("author") else None
        body = ""
        if exists(site, path):
            root = utf8_page(site, path)
            article = root.cssselect("main article")[0]
            headline = " ".join(article.cssselect("h1")[0].text_content().split())
            if headline != title:
                raise SystemExit(f"hugo-openff: {path}: the headline {headline!r} is not {title!r}")
            shown = " ".join(article.cssselect("h6")[0].text_content().split())
            want = f"Posted on {moment.day} {moment.strftime('%b %Y')} by {author}"
            if shown != want:
                raise SystemExit(f"hugo-openff: {path}: the line {shown!r} is not {want!r}")
            body = text_of(article.xpath("./div")[0])
        posts.append({"path": path, "title": title, "date": moment.date().isoformat(), "author": author, "body": body})
    return {
        "generator": "hugo",
        "language": "en",
        "pagination": "/community/news/general/, /community/news/science-updates/, /minutes/cab/ + /page/N/ "
        "(Hugo, 10 a page); tags, categories",
        "truth_source": "content/community/news/*/ and content/minutes/*/ front matter on main @ 30c0528 (title, "
        "date, author, slug); checked against the h1 and the 'Posted on <d Mon YYYY> by <author>' line; body: "
        "the article's first div",
        "origins": ["https://openforcefield.org"],
        "posts": posts,
    }


JULIA_SOURCE = "c36dbaba93ab7339218459d9a56884a54edbc799"  # main: what gh-pages @ 3cd4408 was deployed from


def franklin_defs(text: str) -> dict[str, str]:
    """A Franklin.jl page's variables: ``@def key = value`` lines, or a ``+++`` block of ``key = value`` lines
    (either may follow an HTML comment); a value is a "string", a \"\"\"long string\"\"\" (over lines), or as
    written (``Date(2013, 5, 10)``, ``true``). A later definition replaces an earlier one, as Franklin reads them."""
    opening = re.sub(r"^(?:\s*<!--.*?-->)*\s*", "", text, flags=re.S)  # an HTML comment may come first
    block = re.match(r"\+\+\+[ \t]*\n(.*?)\n\+\+\+[ \t]*$", opening, re.S | re.M)
    if block:
        lines = block.group(1).splitlines()
    else:
        lines = [line.strip()[4:] for line in text.splitlines() if line.strip().startswith("@def ")]
    values: dict[str, str] = {}
    at = 0
    while at < len(lines):
        found = re.match(r"(\w+)\s*=\s*(.*)$", lines[at].strip())
        at += 1
        if not found:
            continue
        key, value = found.groups()
        if value.startswith('"""'):
            value = value[3:]
            while '"""' not in value and at < len(lines):
                value += "\n" + lines[at]
                at += 1
            value = value.split('"""')[0]
        elif value.startswith('"') and value.count('"') >= 2:
            value = value[1 : value.rindex('"')]
        values[key] = value
    return values


def franklin_julialang(repo: Repo, site: Path) -> dict[str, Any]:
    """Franklin.jl (the site's own Bootstrap templates) of julialang.org, the Julia language project: its blog of
    release notes, JuliaCon and Summer-of-Code reports and essays since 2012, beside the download, learning,
    community and JSoC project pages. The ``gh-pages`` branch @ 3cd4408 (GitHub Actions, 2026-08-20) holds the
    build of ``main`` @ c36dbab. Posts at /blog/YYYY/MM/<slug>/ (``blog/YYYY/MM/<slug>.md``), all listed by
    /blog/ (no pager); the home links the newest. Each post's head block (``@def`` lines or a ``+++`` block)
    gives title, ``published`` ("10 May 2013", the day the page prints; ``rss_pubdate``, the feed's, differs for
    a few) and ``authors`` (HTML: links around names) or ``author``; the page prints them as
    ``.blog-title-heading h1``, ``.blog-meta-date`` and ``.blog-meta-author``. The truth is what the page shows
    where it differs from the head (one post whose title a later ``@def`` in its text replaces and whose byline
    is then empty); the author without a leading "By" (three posts write it in), none where the byline is a
    smile. Body: ``div.container.main``. Translations are posts of their own (zh_CN, zh_TW, es)."""
    source = Repo(repo.gitdir, JULIA_SOURCE)
    posts: list[dict[str, Any]] = []
    differing: list[str] = []
    for name in source.files("blog"):
        if not re.fullmatch(r"blog/\d{4}/\d{2}/[^/]+\.md", name):
            continue
        values = franklin_defs(source.show(name).decode("utf-8"))
        path = "/" + name.removesuffix(".md") + "/"
        title = " ".join(html.unescape(re.sub(r"<[^>]+>", "", values.get("title", ""))).split())
        names = values.get("authors") or values.get("author") or ""
        author = " ".join(html.unescape(re.sub(r"<[^>]+>", "", names)).split()) or None
        if author and not re.search(r"[^\W\d_]", author):
            author = None  # " 😄": a smile where the byline goes, no one named
        published = " ".join(values.get("published", "").split())
        day = datetime.strptime(published, "%d %B %Y").date().isoformat() if published else None
        body = ""
        if exists(site, path):
            root = utf8_page(site, path)
            headline = " ".join(root.cssselect(".blog-title-heading h1")[0].text_content().split())
            shown_day = " ".join(root.cssselect(".blog-meta-date")[0].text_content().split())
            byline = " ".join(" ".join(a.text_content().split()) for a in root.cssselect(".blog-meta-author"))
            byline = " ".join(byline.split()) or None
            if byline and not re.search(r"[^\W\d_]", byline):
                byline = None
            if (headline, shown_day, byline) != (title, published, author):
                differing.append(path)
                title, author = headline, byline
                day = datetime.strptime(shown_day, "%d %B %Y").date().isoformat()
            body = text_of(root.cssselect("div.container.main")[0])
        if author:
            author = re.sub(r"^By\s+", "", author)  # "By Mike Innes (JuliaHub), …": the byline's word, no name
        posts.append({"path": path, "title": title, "date": day, "author": author, "body": body})
    return {
        "generator": "franklin",
        "language": "en",
        "pagination": "/blog/ lists every post (no pager); the home links the newest",
        "truth_source": "blog/YYYY/MM/*.md head blocks on main @ c36dbab (title, published, authors/author as "
        "text); checked against .blog-title-heading h1, .blog-meta-date, .blog-meta-author; where the page "
        f"differs the page's ({', '.join(differing) or 'none'}); body: div.container.main",
        "origins": ["https://julialang.org"],
        "posts": posts,
    }


DLAD_SOURCE = "3924d6f1c84d1a1d6eb7c480bdac549fcb1edb90"  # main: what gh-pages @ 56fa29f names ("deploy: 3924d6f…")


def hugo_dlad(repo: Repo, site: Path) -> dict[str, Any]:
    """Hugo 0.145 (the m10c theme with the author's overrides and a Fuse.js search page) of the Grinnell College
    Libraries' Digital Library Application Developer's blog; the ``gh-pages`` branch @ 56fa29f (GitHub Actions,
    2025-03-25) holds the build of ``main`` @ 3924d6f. baseURL https://static.grinnell.edu/dlad-blog/ with
    canonifyURLs: every link is absolute and below /dlad-blog/, so the tree is served there. Posts at
    /dlad-blog/posts/<bundle>/ (``content/posts/<NNN-slug>/index.md``), listed ten a page by the home and
    /page/N/ (and /posts/), and by some 680 tag pages. A post prints its headline ``h1.post-title``, its day
    ("Nov 7, 2019": the front matter's publishdate, else its date), "Updated: …" when edited, and the author
    "@ Mark A. McFate" (the site's, or a post's own: one names another). Body: ``div.post-content``. About,
    search and help pages are not posts (the home's stream lists the about and help pages by date among the
    posts; /posts/ does not). One bundle, ``posts/_index/``, is a blank entry titled "Posts" that both list:
    a post with no text."""
    source = Repo(repo.gitdir, DLAD_SOURCE)
    mount_under(site, "/dlad-blog/")
    posts: list[dict[str, Any]] = []
    for name in source.files("content/posts"):
        # content/posts/_index/index.md is a bundle too (not the section's _index.md): a page titled "Posts", dated
        # and signed, with no text, which the home and /posts/ list among the posts; a blank entry is a post
        if not name.endswith("/index.md") or name.count("/") != 3:
            continue
        meta, _ = front_matter(source.show(name).lstrip())  # some open with " ---": Hugo reads them all the same
        if meta.get("draft"):
            continue
        meta = {str(key).lower(): value for key, value in meta.items()}  # Hugo reads front-matter keys so
        bundle = name.split("/")[2]
        # Hugo's urlize drops the apostrophes, brackets, colons and ampersands of a bundle's name
        path = "/dlad-blog/posts/" + re.sub(r"[^\w.\-]", "", str(meta.get("slug") or bundle).lower()) + "/"
        # The page prints .PublishDate: Hugo's default takes publishDate, else date (a post sets either or both;
        # "Remote Atom" was dated 2021-04-14 when written and published 2020-07-01, the day the page prints)
        stamp = next(meta[key] for key in ("publishdate", "date", "lastmod") if meta.get(key))
        day = stamp.isoformat()[:10] if hasattr(stamp, "isoformat") else str(stamp)[:10]
        title = " ".join(str(meta["title"]).split())
        body = ""
        author = None
        if exists(site, path):
            root = utf8_page(site, path)
            headline = " ".join(root.cssselect("h1.post-title")[0].text_content().split())
            if headline != title:
                raise SystemExit(f"hugo-dlad: {path}: the headline {headline!r} is not {title!r}")
            meta_line = " ".join(root.cssselect("div.post-meta")[0].text_content().split())
            shown = datetime.strptime(day, "%Y-%m-%d").strftime("%b %-d, %Y")
            if shown not in meta_line:
                raise SystemExit(f"hugo-dlad: {path}: the meta line {meta_line!r} does not print {shown!r}")
            strong = root.cssselect("div.post-meta strong")  # its icon's <svg><title>at-sign</title> is no text
            author = " ".join(text_of(strong[0]).split()) if strong else None
            body = text_of(root.cssselect("div.post-content")[0])
        posts.append({"path": path, "title": title, "date": day, "author": author, "body": body})
    return {
        "generator": "hugo",
        "language": "en",
        "home": "/dlad-blog/",
        "pagination": "/dlad-blog/ + /dlad-blog/page/N/ (Hugo, 10 a page), /dlad-blog/posts/ + /page/N/, tags",
        "truth_source": "content/posts/*/index.md front matter on main @ 3924d6f (title, publishdate else date); "
        "checked against "
        "h1.post-title and the meta line's day; author: the name the meta line prints (the site's); body: "
        "div.post-content",
        "origins": ["https://static.grinnell.edu"],
        "posts": posts,
    }


# --- Held-out round of session 20, Chinese portals (docs/realsites.md, "Held-out round of session 20 (Chinese)") --


def script_value(holder: lxml.html.HtmlElement, name: str) -> str:
    """The string a template's script assigns to ``name`` (``var pubdata='2017年06月01日';``) inside ``holder``:
    what the page prints with ``document.write`` when the value is not empty."""
    for script in holder.iter("script"):
        found = re.search(rf"\bvar\s+{re.escape(name)}\s*=\s*'([^']*)'", script.text or "")
        if found:
            return " ".join(found.group(1).split())
    return ""


def trs_gzdzhrss(repo: Repo, site: Path) -> dict[str, Any]:
    """道真县人力资源网 (道真仡佬族苗族自治县人力资源和社会保障局, a county's human-resources and social-security
    bureau in Guizhou, www.gzdzhrss.com), a government portal on TRS WCM (``createPageHTML`` pagers,
    ``_trs_ta_js``, items /<col>/[<sub>/]<yyyymm>/t<yyyymmdd>_<id>.html), at the commit before the copy's owner
    added a hidden block of links to other sites to the home page. Column pages /<col>/index.html (the copy holds
    each column's first page; the pager is a script). No source or feed exists: the truth is the item template
    ``div.body_content``: the ``h1`` of ``div.title`` (the headline), and what the template's scripts print under
    it: ``var pubdata='2017年06月01日'`` (the day, written by ``document.write`` after "发布时间："), ``var zz='…'``
    (the byline "作者：", printed only when not empty: the bureau "县人社局" on two items, the posting account
    "管理员", listed in ``bylines_not_scored``), and the text ``div.content``. Items whose text is only an
    attachment or a picture are ignored, and so are those whose text breaks off inside a tag (``<span
    style="FONT``): the page shows nothing of it, the share box the broken tag swallows aside."""
    posts, ignored = [], []
    unscored: list[str] = []
    for file in sorted(site.rglob("t*.html")):
        rel = file.relative_to(site).as_posix()
        if not re.fullmatch(r"(?:[a-z_0-9]+/)+\d{6}/t\d{8}_\d+\.html", rel):
            continue
        path = "/" + rel
        root = lxml.html.fromstring(file.read_bytes().decode("utf-8"))
        body_content = root.xpath('//div[@class="body_content"]')
        if not body_content:
            raise SystemExit(f"trs-gzdzhrss: {path}: no item template")
        headline = body_content[0].xpath('./div[@class="title"]/h1')
        toolbar = body_content[0].xpath('./div[@class="title"]/div[@class="toolbar"]')
        text = body_content[0].xpath('./div[@class="content"]')
        title = " ".join(headline[0].text_content().split()) if headline else ""
        day = cn_day(script_value(toolbar[0], "pubdata")) if toolbar else None
        if not title or not day or not text:
            raise SystemExit(f"trs-gzdzhrss: {path}: no headline, day or text")
        holder = copy.deepcopy(text[0])
        for share in holder.xpath('.//div[@class="jiathis_style"]'):
            share.drop_tree()  # a text cut inside a tag (``<span style="FONT``) takes the share box in
        body = text_of(holder)
        if not "".join(body.split()) or attachment_only(holder):
            ignored.append({"path": path, "reason": "an item without text: an attachment, a picture or a broken tag"})
            continue
        post = {"path": path, "title": title, "date": day, "categories": [rel.split("/")[0]], "body": body}
        byline = script_value(toolbar[0], "zz")
        if byline in _ACCOUNT_NAMES:
            unscored.append(path)
        elif byline:
            post["author"] = byline
        posts.append(post)
    return {
        "generator": "TRS WCM (createPageHTML pagers; /<col>/<yyyymm>/t<yyyymmdd>_<id>.html), a county bureau's "
        "government portal, static copy",
        "language": "zh",
        "pagination": "column pages /<col>/index.html (each column's first page; the pager, createPageHTML, is a "
        "script and the copy holds no index_<n>.html)",
        "truth_source": "the item template (no source or feed exists): div.body_content > div.title > h1, the "
        "template script's var pubdata (the day) and var zz (the byline), div.content",
        "bylines_not_scored": unscored,
        "origins": ["http://www.gzdzhrss.com", "https://www.gzdzhrss.com", "http://gzdzhrss.com"],
        "ignored": ignored,
        "posts": posts,
    }


def phpcms_5iedu(repo: Repo, site: Path) -> dict[str, Any]:
    """精品学习网 (www.5iedu.com.cn), an education news portal (高考, 中考, 高中, 小学, 作文 …) on PHPCMS v9
    (``/statics/js/51edu/``, ``div#endText``), items /<col>/[<sub>/…]<id>.html, /<col>/article<id>.html and
    /<col>/s<id>.html, column pages /<col>/index.html and /<col>/list_<kind>_<n>_<m>/index.html (first pages only;
    most of the copy's links to pages it lacks are written ``javascript:;``). No source or feed exists: the truth is
    the item template ``div.lb-lt``: the ``h2`` of ``div.clearfix`` (the headline), the day of ``p.time``
    ("2019-06-05 15:25:52"), the "编辑：" span of ``p.source`` (the only credit a page prints, the editor's account:
    "donghk", "sx_weizc"; empty or commented out on some pages: no author), the text ``div#endText``."""
    posts, ignored = [], []
    for file in sorted(site.rglob("*.html")):
        rel = file.relative_to(site).as_posix()
        if not re.fullmatch(r"[a-z]+/(?:[a-z]+/)*(?:s|article)?\d+\.html", rel):
            continue
        path = "/" + rel
        root = lxml.html.fromstring(file.read_bytes().decode("utf-8"))
        text = root.xpath('//div[@id="endText"]')
        if not text:
            continue  # a column page (/fxzx/3.html: 复习专项), not an item
        head = root.xpath('//div[@class="lb-lt"]/div[@class="clearfix"]')
        headline = head[0].xpath("./h2") if head else []
        stamp = head[0].xpath('./p[@class="time"]') if head else []
        title = " ".join(headline[0].text_content().split()) if headline else ""
        day = cn_day(stamp[0].text_content()) if stamp else None
        if not title or not day:
            raise SystemExit(f"phpcms-5iedu: {path}: no headline or day")
        body = text_of(text[0])
        if not "".join(body.split()) or attachment_only(text[0]):
            ignored.append({"path": path, "reason": "an item without text"})
            continue
        post = {"path": path, "title": title, "date": day, "categories": [rel.split("/")[0]], "body": body}
        for span in head[0].xpath('./p[@class="source"]/span'):
            found = re.fullmatch(r"编辑[:：]\s*(\S+)", " ".join(span.text_content().split()))
            if found:
                post["author"] = found.group(1)
        posts.append(post)
    return {
        "generator": "PHPCMS v9 (/statics/js/51edu/, div#endText; /<col>/<id>.html), an education news portal, "
        "static copy",
        "language": "zh",
        "pagination": "column pages /<col>/index.html and /<col>/list_<kind>_<n>_<m>/index.html (first pages only)",
        "truth_source": "the item template (no source or feed exists): div.lb-lt > div.clearfix > h2 + p.time (day) "
        "+ p.source's 编辑： span (the byline) + div#endText",
        "origins": ["http://www.5iedu.com.cn", "https://www.5iedu.com.cn", "http://5iedu.com.cn"],
        "ignored": ignored,
        "posts": posts,
    }


def cms_bonavis(repo: Repo, site: Path) -> dict[str, Any]:
    """海右博纳品牌 (www.bonavis.cn), a brand-design agency's site whose news section publishes its column of
    articles (海右博纳动态, 品牌资讯, 品牌维观专栏), on a small Chinese company CMS (/uploadfile/image/<day>/,
    items /news/<id>.html, column pages /news/<col>_<n>.html with a numbered pager, /news/index.html the newest of
    all). No source or feed exists: the truth is the item template: ``div.newstitle > div.newscontent`` (the
    headline: a ``div``, no heading element on the page), the day of ``div.newsaddtime`` ("日期：2019-07-09　来源：
    海右博纳品牌　关键词：…"; "来源" names the agency, no page names an author), the text ``div.newscontentfont``.
    The portfolio's case pages (/case/<id>.html: a project's name, its services and pictures, undated) are
    ignored: neither post nor non-article; so is an item of pictures whose only text repeats its headline."""
    posts, ignored = [], []
    for file in sorted(site.glob("case/*.html")):
        if re.fullmatch(r"\d+\.html", file.name):
            ignored.append({"path": "/case/" + file.name, "reason": "a portfolio case: a project's page, undated"})
    for file in sorted(site.glob("news/*.html")):
        if not re.fullmatch(r"\d+\.html", file.name):
            continue
        path = "/news/" + file.name
        root = lxml.html.fromstring(file.read_bytes().decode("utf-8"))
        headline = root.xpath('//div[@class="newstitle"]/div[@class="newscontent"]')
        stamp = root.xpath('//div[@class="newsaddtime"]')
        text = root.xpath('//div[@class="newscontentfont"]')
        title = " ".join(headline[0].text_content().split()) if headline else ""
        day = cn_day(stamp[0].text_content()) if stamp else None
        if not title or not day or not text:
            raise SystemExit(f"cms-bonavis: {path}: no headline, day or text")
        body = text_of(text[0])
        if not "".join(body.split()) or attachment_only(text[0]) or "".join(body.split()) == "".join(title.split()):
            ignored.append({"path": path, "reason": "an item without text: pictures (under its headline again)"})
            continue
        posts.append({"path": path, "title": title, "date": day, "body": body})
    return {
        "generator": "a small Chinese company CMS (/news/<id>.html, /news/<col>_<n>.html), a design agency's news "
        "column, static copy",
        "language": "zh",
        "pagination": "column pages /news/<col>_<n>.html (numbered pager; 224 and 251 to _11, 225 one page), "
        "/news/index.html",
        "truth_source": "the item template (no source or feed exists): div.newstitle > div.newscontent (headline) + "
        "div.newsaddtime (day) + div.newscontentfont",
        "origins": ["http://www.bonavis.cn", "https://www.bonavis.cn", "http://bonavis.cn"],
        "ignored": ignored,
        "posts": posts,
    }


ABLOG_MONTH_DAY = re.compile(r"(\d+)(?:st|nd|rd|th)\b")


def ablog_day(text: str) -> str:
    """The day an ABlog ``post`` directive names ("June 4, 2021", "July 5th, 2021", "27 Apr 2021")."""
    plain = ABLOG_MONTH_DAY.sub(r"\1", " ".join(text.split()))
    for form in ("%B %d, %Y", "%b %d, %Y", "%d %b %Y", "%d %B %Y"):
        try:
            return datetime.strptime(plain, form).date().isoformat()
        except ValueError:
            continue
    raise ValueError(f"not an ABlog date: {text!r}")


def ablog_urbangrammar(repo: Repo, site: Path) -> dict[str, Any]:
    """Sphinx with ABlog (pydata-sphinx-theme) of Urban Grammar AI, a research project of the Alan Turing
    Institute, built into docs/ by the repository's workflow (commit "Build website"). Posts at
    /blog/<name>.html (``src/blog/*.md`` with MyST, one ``.ipynb`` notebook), each dated by its ``post``
    directive ("July 5th, 2021"); the home, /blog.html ("All Posts", every post with its excerpt),
    /blog/archive.html and the year pages list them with the day ("2021-06-04"), and the atom feed. A post
    page prints its headline and text only, no date, no author (``blog_authors`` is empty); its
    previous/next links follow the text. Overview, capsules, papers and the notebooks are pages. The site's
    own links name https://urbangrammarai.xyz (its CNAME), some without the ``.html`` GitHub Pages adds."""
    posts: list[dict[str, Any]] = []
    for name in repo.files("src/blog"):
        stem = Path(name).stem
        source = repo.show(name).decode("utf-8")
        if name.endswith(".md"):
            directive = re.search(r"```\{post\}\s*([^\n`]*)", source)
            heading = re.search(r"^# (.+)$", source, re.M)
        elif name.endswith(".ipynb"):
            cells = ["".join(cell["source"]) for cell in json.loads(source)["cells"] if cell["cell_type"] == "markdown"]
            directive = next(filter(None, (re.search(r"\.\. post::\s*(.+)", text) for text in cells)), None)
            heading = next(filter(None, (re.search(r"^# (.+)$", text, re.M) for text in cells)), None)
        else:
            continue
        if not directive or not heading:
            continue  # not a post: ABlog publishes a page only with its directive
        path = f"/blog/{stem}.html"
        title = " ".join(heading.group(1).replace("`", "").split())
        body = ""
        if exists(site, path):
            root = utf8_page(site, path)
            section = root.cssselect("main div > section")[0]
            headline = section.cssselect("h1")[0]
            for link in headline.cssselect("a.headerlink"):
                link.drop_tree()
            shown = " ".join(headline.text_content().split())
            # the source writes Markdown ("*\"Open by Default\"* talk"), the page its rendering (curly quotes)
            if re.sub(r"[*_\"“”'’]", "", shown) != re.sub(r"[*_\"“”'’]", "", title):
                raise SystemExit(f"ablog-urbangrammar: {path}: the headline {shown!r} is not {title!r}")
            title = shown
            headline.drop_tree()
            body = text_of(section)
        posts.append(
            {"path": path, "title": title, "date": ablog_day(directive.group(1)), "author": None, "body": body}
        )
    return {
        "generator": "sphinx-ablog",
        "language": "en",
        "pagination": "none: /blog.html lists every post, /blog/archive.html and /blog/<year>.html by year",
        "truth_source": "src/blog/*.md (and the one .ipynb): the post directive's day and the first heading; "
        "checked against the page's h1; body: the page's first section without its h1",
        "origins": ["https://urbangrammarai.xyz", "http://urbangrammarai.xyz"],
        "posts": posts,
    }


SASIP_SOURCE = "714542ac5b61b5946cd17b81e9b22d0b84bc241a"  # master: what gh-pages @ 3d5d3e6 was deployed from


def hugo_sasip(repo: Repo, site: Path) -> dict[str, Any]:
    """Hugo (hugo-hero-theme, adapted) of SASIP, a research project on sea-ice prediction (Schmidt Sciences'
    VESRI); the ``gh-pages`` branch @ 3d5d3e6 (GitHub Actions, 2026-03-12) holds the build of ``master`` @
    714542a. News posts at /news/<file name, lower-cased>/ (``content/news/*.md``), listed at /news/ +
    /news/page/N/ (Hugo, 10 a page) and by category, each with its thumbnail, headline, day ("Jun 18, 2024")
    and description. A post page prints no headline (the hero's ``h1`` is empty; the title is in ``<title>``,
    "<title> - SASIP"), no date and no author: its text only, in ``div.content``. Team, research, jobs, code and
    the project's pages are not posts."""
    source = Repo(repo.gitdir, SASIP_SOURCE)
    posts: list[dict[str, Any]] = []
    for name in source.files("content/news"):
        if not name.endswith(".md") or name.endswith("_index.md"):
            continue
        meta, _ = front_matter(source.show(name).lstrip())  # two open with a blank line: Hugo reads them all the same
        if meta.get("draft"):
            continue
        slug = str(meta.get("slug") or Path(name).stem).lower().replace(" ", "-")
        path = str(meta["url"]) if meta.get("url") else f"/news/{slug}/"
        stamp = meta["date"]
        day = stamp.isoformat()[:10] if hasattr(stamp, "isoformat") else str(stamp)[:10]
        title = " ".join(str(meta["title"]).split())
        body = ""
        if exists(site, path):
            root = utf8_page(site, path)
            shown = " ".join(root.findtext(".//title").split())
            if shown != f"{title} - SASIP":
                raise SystemExit(f"hugo-sasip: {path}: the <title> {shown!r} is not {title!r}")
            content = root.cssselect("div.service-single div.content")[0]
            # the October 2024 newsletter pastes a whole Mailchimp page into its Markdown: its <title> ("Loading
            # page... | Mailchimp") is no text a browser shows, and the rest is scripts; the post reads empty
            for pasted in list(content.iter("title")):
                pasted.drop_tree()
            body = text_of(content)
        posts.append({"path": path, "title": title, "date": day, "author": None, "body": body})
    return {
        "generator": "hugo",
        "language": "en",
        "pagination": "/news/ + /news/page/N/ (Hugo, 10 a page), categories",
        "truth_source": "content/news/*.md front matter on master @ 714542a (title, date); checked against the "
        "page's <title>; body: div.service-single div.content",
        "origins": ["https://sasip-climate.github.io"],
        "posts": posts,
    }


def hugo_blowfish_inouelab(repo: Repo, site: Path) -> dict[str, Any]:
    """Hugo (the Blowfish theme) of the Inoue laboratory (Life and Mathematical Sciences, Kyoto University),
    Japanese; public/ committed with its sources @ b837e89 (the day the theme was switched; public/ was
    dropped from the repository the next commit). The tree is ``hugo server``'s render: each page loads
    /livereload.js and names http://localhost:1313/ as its canonical and og:url; its links are root-relative.
    News at /news/<file name>/ (``content/news/*.md``: title, date), listed at /news/ + /news/page/N/ (10 a
    page), the five newest on the home page. A post prints its headline, its day ("12 November 2024"), a word
    count and reading time, and an empty author block; body: ``div.article-content``. Members and
    prospective students are pages; /posts/my-first-post/ is the theme's draft sample, rendered by the dev
    server (``draft = true``), which only the feeds and sitemap name."""
    posts: list[dict[str, Any]] = []
    for name in repo.files("content/news"):
        if not name.endswith(".md") or name.endswith("_index.md"):
            continue
        meta, _ = front_matter(repo.show(name))
        if meta.get("draft"):
            continue
        path = f"/news/{Path(name).stem.lower()}/"
        stamp = meta["date"]
        day = stamp.isoformat()[:10] if hasattr(stamp, "isoformat") else str(stamp)[:10]
        title = " ".join(str(meta["title"]).split())
        body = ""
        if exists(site, path):
            root = utf8_page(site, path)
            shown = " ".join(root.cssselect("header#single_header h1")[0].text_content().split())
            if shown != title:
                raise SystemExit(f"hugo-blowfish-inouelab: {path}: the headline {shown!r} is not {title!r}")
            shown_day = root.cssselect("header#single_header time")[0].get("datetime") or ""
            if shown_day[:10] != day:
                raise SystemExit(f"hugo-blowfish-inouelab: {path}: the page's day {shown_day!r} is not {day}")
            body = text_of(root.cssselect("div.article-content")[0])
        posts.append({"path": path, "title": title, "date": day, "author": None, "body": body})
    return {
        "generator": "hugo",
        "language": "ja",
        "pagination": "/news/ + /news/page/N/ (Hugo, 10 a page); the home's five newest",
        "truth_source": "content/news/*.md front matter @ b837e89 (title, date); checked against the header's h1 "
        "and time; body: div.article-content",
        "origins": ["http://localhost:1313"],
        "posts": posts,
    }


CODEFORNEPAL_SOURCE = "72245bcdcf2d63bf1100ff08d34ce10920cd2135"  # master: the source of the gh-pages build


def jekyll_codefornepal(repo: Repo, site: Path) -> dict[str, Any]:
    """Jekyll (jekyll-agency theme, adapted) of Code for Nepal, a civic-tech non-profit, built by GitHub
    Actions to the gh-pages branch from master @ 72245bc. Posts: ``_posts/*.md`` (most imported from
    WordPress with ``permalink: /Y/M/slug/``, the newer at Jekyll's default /Y/M/D/slug.html), listed by
    /blog/ + /blog/page/N/ (jekyll-paginate-v2, 8 a page) and the home's newest. Title: the front
    matter's, checked against ``h1.title``. Date: the front-matter date as the build printed it (UTC:
    "05 Sep 2016 - Author" under the headline, read back to check). Author: the front matter's, the
    byline shows it. Body: the ``div.col-md-12`` holding the headline, without it and the date line."""
    source = Repo(repo.gitdir, CODEFORNEPAL_SOURCE)
    posts: list[dict[str, Any]] = []
    for name in source.files("_posts"):
        if not name.endswith((".md", ".markdown", ".html")):
            continue
        stem = Path(name).stem
        meta, _ = front_matter(source.show(name))
        if meta.get("published") is False:
            continue
        stamp = meta.get("date") or stem[:10]
        moment = stamp if isinstance(stamp, datetime) else jekyll_time(str(stamp))
        if isinstance(stamp, date) and not isinstance(stamp, datetime):
            moment = datetime(stamp.year, stamp.month, stamp.day, tzinfo=UTC)
        day, iso = local_day(moment.isoformat(), 0)
        permalink = meta.get("permalink")
        if permalink:
            path = "/" + str(permalink).strip("/") + "/"
        else:
            path = f"/{day[:4]}/{day[5:7]}/{day[8:10]}/{jekyll_slug(stem)}.html"
        root = page(site, path)
        holder = root.xpath("//h1[contains(concat(' ', @class, ' '), ' title ')]/..")[0]
        headline = " ".join(holder.cssselect("h1.title")[0].text_content().split())
        title = " ".join(str(meta.get("title") or "").split())
        if headline.translate(STRAIGHT_QUOTES) != html.unescape(title).translate(STRAIGHT_QUOTES):
            raise SystemExit(f"jekyll-codefornepal: {path}: headline {headline!r} is not {title!r}")
        line = holder.xpath("./p[1]")[0]
        shown = " ".join(line.text_content().split())
        if datetime.strptime(shown[:11], "%d %b %Y").date().isoformat() != day:
            raise SystemExit(f"jekyll-codefornepal: {path}: the page prints {shown!r}, not {day}")
        author = str(meta.get("author") or "").strip() or None
        holder.remove(holder.cssselect("h1.title")[0])
        line.getparent().remove(line)
        posts.append(
            {
                "path": path,
                "title": headline,
                "date": day,
                "datetime": iso,
                "author": author,
                "categories": [str(c) for c in meta.get("categories") or []],
                "body": text_of(holder),
            }
        )
    return {
        "generator": "jekyll",
        "language": "en",
        "pagination": "/blog/ + /blog/page/N/ (jekyll-paginate-v2, 8 a page); the home's newest",
        "truth_source": "_posts/*.md front matter on master @ 72245bc (the source of the gh-pages build): "
        "title (checked against h1.title), date (UTC, checked against the date line), author (the byline); "
        "body: the headline's div.col-md-12 without the headline and the date line",
        "origins": ["https://codefornepal.org", "http://codefornepal.org", "https://www.codefornepal.org"],
        "posts": posts,
    }


def ghost_stefanscherer(repo: Repo, site: Path) -> dict[str, Any]:
    """Ghost 1.8 (the Casper 1 theme) of Stefan Scherer's blog on Docker, Windows containers and Vagrant,
    exported to static files with buster-style tooling (``Update on the website at ...``) and served
    from the repository's root until the 2026 switch to Hugo. No Markdown source is in the repository:
    the posts are what Ghost itself marks as posts, a page at /<slug>/ with ``og:type`` article and
    ``article.post``; its static pages (og:type website: /static/, /talks/) and the talk slides are not.
    Listed by the home + /page/N/ (5 a page), tags and the author page. Title ``h1.post-title``; date
    ``time.post-date``'s datetime (Ghost prints it in the blog's time zone; checked against the day
    ``article:published_time`` names in UTC, at most a day apart); author: the author box's ``h4`` (every
    post shows it); body ``section.post-content``."""
    posts: list[dict[str, Any]] = []
    for folder in sorted(site.iterdir()):
        file = folder / "index.html"
        if not folder.is_dir() or not file.is_file():
            continue
        root = lxml.html.fromstring(file.read_bytes())
        kind = root.xpath("//meta[@property='og:type']/@content")
        if not kind or kind[0] != "article" or not root.cssselect("article.post h1.post-title"):
            continue
        path = f"/{folder.name}/"
        headline = " ".join(root.cssselect("article.post h1.post-title")[0].text_content().split())
        day = root.cssselect("time.post-date")[0].get("datetime", "")[:10]
        published = root.xpath("//meta[@property='article:published_time']/@content")
        if published and abs((date.fromisoformat(published[0][:10]) - date.fromisoformat(day)).days) > 1:
            raise SystemExit(f"ghost-stefanscherer: {path}: time {day} is far from {published[0]}")
        byline = root.cssselect("section.author h4")
        posts.append(
            {
                "path": path,
                "title": headline,
                "date": day,
                "datetime": published[0] if published else None,
                "author": " ".join(byline[0].text_content().split()) if byline else None,
                "body": text_of(root.cssselect("section.post-content")[0]),
            }
        )
    return {
        "generator": "ghost",
        "language": "en",
        "pagination": "the home + /page/N/ (Ghost, 5 a page); tags (+ /page/N/), /author/stefan/",
        "truth_source": "the static export's own post pages (og:type article, article.post): h1.post-title, "
        "time.post-date (checked against article:published_time), the author box's h4, "
        "section.post-content; no Markdown source is in the repository",
        "origins": ["https://stefanscherer.github.io", "http://stefanscherer.github.io", "http://localhost:2368"],
        "posts": posts,
    }


def chirpy_adas(repo: Repo, site: Path) -> dict[str, Any]:
    """Jekyll 4.2 (Chirpy 2.3 theme) of the ADAS Study Group, a Korean study group on automotive Linux
    (Yocto, the kernel) writing up its meetups and study notes, built by its workflow to the gh-pages
    branch ("[Automation] Site update No.44", from master @ 590adaa). Posts at /posts/<file-name
    slug>/, listed by the home + /pageN/ (10 a page), /tabs/archives/, categories and tags. The
    sources cannot give the truth alone: the four ``…-Meetup.md`` files share one permalink, and the
    build kept the last, so the truth is each post page as the theme writes it: ``div.post > h1``,
    the date the ``post-meta`` timeago's hidden ``<i>`` holds (+09:00), the byline ``span.author``,
    the body ``div.post-content`` of ``#post-wrapper`` without its code blocks' line-number column
    (``td.rouge-gutter``). Tabs (about, archives, categories, tags) are
    pages."""
    posts: list[dict[str, Any]] = []
    for file in sorted((site / "posts").glob("*/index.html")):
        root = lxml.html.fromstring(file.read_bytes())
        path = "/posts/" + file.parent.name + "/"
        post = root.cssselect("#post-wrapper div.post")[0]
        headline = " ".join(post.cssselect("h1")[0].text_content().split())
        stamp = post.cssselect("div.post-meta span.timeago i")[0].text_content().strip()
        byline = post.cssselect("div.post-meta span.author")
        posts.append(
            {
                "path": path,
                "title": headline,
                "date": stamp[:10],
                "datetime": stamp,
                "author": " ".join(byline[0].text_content().split()) if byline else None,
                # Rouge's line-number column left out, as every other truth's code gutters are
                "body": text_of(_without(post.cssselect("div.post-content")[0], ROUGE_GUTTER)),
            }
        )
    return {
        "generator": "jekyll",
        "language": "ko",
        "pagination": "the home + /pageN/ (jekyll-paginate, 10 a page); /tabs/archives/, categories, tags",
        "truth_source": "the built post pages /posts/*/ (Chirpy's template: div.post h1, the post-meta "
        "timeago's datetime, span.author, div.post-content); the four Meetup sources share one permalink",
        "origins": ["https://adas-study-group.github.io/yocto_basics/", "https://adas-study-group.github.io"],
        "posts": posts,
    }


CCSS_SOURCE = "a031fb27145782a1f949e93423bcb6266dc6fb3f"  # master: the source of the gh-pages deploy


def hugo_ccss(repo: Repo, site: Path) -> dict[str, Any]:
    """Hugo 0.128 (the society's own theme) of the Carleton Computer Science Society (Ottawa), deployed
    by GitHub Actions to the gh-pages branch ("deploy: a031fb2…"). Three dated sections are posts: news
    (/news/<year-span>/<file name>/; 30 moved by ``url:`` to /news/<name>/ or /<name>/) and the blog
    (/blog/<year-span>/<file name>/), articles with a byline ("Written By: …"), and events
    (/events/<year-span>/[<kind>/]<file name>/), each an event card: a date card, the title, a one-line
    description, the time and the place. Listed by /news/, /blog/archive/, /events/ + /events/page/N/ and
    /events/archive/page/N/ (and per-club lists). Title and date: the front matter's (the date at UTC, as
    Hugo prints it), checked against the page's ``h1`` / ``p.post-date`` (news, blog) or ``h2`` / the date
    card (events). Author: the byline without "Written By:" (events have none). Body: ``div.post-content``
    (news, blog); the event card's text without its title and its add-to-calendar buttons (the
    description, "START TIME …", "LOCATION …"), then the event's own text under the card where it has one
    (``div.markdown-content``: sessions, links). The election news laid out by the ``candidates`` and
    ``platforms`` layouts (a list of candidates from data files, no date, no byline) are ignored: neither
    post nor page. Elections' candidate pages, resources, FAQs, Hack the Tunnels' challenges and the team
    pages are pages."""
    source = Repo(repo.gitdir, CCSS_SOURCE)
    posts: list[dict[str, Any]] = []
    ignored: list[dict[str, Any]] = []
    for name in source.files("content/news") + source.files("content/blog") + source.files("content/events"):
        stem = Path(name).stem
        if not name.endswith(".md") or stem.startswith("_"):
            continue
        meta, _ = front_matter(source.show(name))
        if meta.get("draft") is True or not meta.get("date"):
            continue
        relative_dir = str(Path(name).parent)[len("content") :]
        # Hugo's path of a file name: lower case, spaces as hyphens, all but letters, digits and -_.~+#@ dropped
        slug = re.sub(r"[^\w\-.~+#@]", "", stem.lower().replace(" ", "-"))
        path = f"{relative_dir}/{slug}/"
        if meta.get("url"):  # news moved by url: ("elections-2024-2025", "/news/fall-2022/")
            path = "/" + str(meta["url"]).strip("/") + "/"
        stamp = meta["date"]
        moment = stamp if isinstance(stamp, datetime) else jekyll_time(str(stamp))
        if isinstance(stamp, date) and not isinstance(stamp, datetime):
            moment = datetime(stamp.year, stamp.month, stamp.day, tzinfo=UTC)
        if not (site / path.lstrip("/") / "index.html").is_file():
            if moment > datetime(2026, 6, 12, 19, tzinfo=UTC):
                continue  # a copy dated 2029 (a typo): the deploy built the coming weeks' events, not it
            raise SystemExit(f"hugo-ccss: {name}: no page at {path}")
        root = page(site, path)
        day, iso = local_day(moment.isoformat(), 0)
        title = " ".join(str(meta.get("title") or "").split())
        if name.startswith("content/events"):
            card = root.cssselect("div.event div.date_card_about")
            box = root.cssselect("div.event_container_content")
            if not card or not box:
                continue  # an event folder's landing page (week of awesome, jobuary), not an event card
            headline = " ".join(box[0].cssselect("h2")[0].text_content().split())
            shown = " ".join(" ".join(h.text_content().split()) for h in card[0].xpath("./h2 | ./h3"))
            if shown != f"{date.fromisoformat(day):%b} {int(day[8:])} {day[:4]}".upper():
                raise SystemExit(f"hugo-ccss: {path}: the date card says {shown!r}, not {day}")
            card_text = copy.deepcopy(box[0])
            for unwanted in card_text.xpath("./div[1]/h2 | ./div[.//*[contains(@class, 'calendar-icons')]]"):
                unwanted.getparent().remove(unwanted)  # the title, and the add-to-calendar buttons
            body = text_of(card_text)
            written = root.cssselect("div.event > div.markdown-content")
            if written and text_of(written[0]):
                body += "\n" + text_of(written[0])  # the event's own text under the card, where it has one
            author = None
        else:
            found = root.cssselect("article.overlaypost_content")
            if not found:
                if re.search(r"candidates|platforms", str(meta.get("layout", ""))):
                    # the election news whose layout prints the candidates from data files: no date,
                    # no byline, a headline of the layout's own; neither post nor page
                    ignored.append({"path": path, "title": title, "reason": f"layout {meta['layout']}"})
                    continue
                raise SystemExit(f"hugo-ccss: {path}: no article")
            article = found[0]
            headline = " ".join(article.cssselect("h1")[0].text_content().split())
            shown = " ".join(article.cssselect("p.post-date")[0].text_content().split())
            if datetime.strptime(shown, "%B %d, %Y").date().isoformat() != day:
                raise SystemExit(f"hugo-ccss: {path}: the page prints {shown!r}, not {day}")
            byline = article.cssselect("p.post-author")
            author = (
                re.sub(r"^\s*Written By:\s*", "", " ".join(byline[0].text_content().split())) or None
                if byline
                else None
            )
            body = text_of(article.cssselect("div.post-content")[0])
        if headline != html.unescape(title):
            raise SystemExit(f"hugo-ccss: {path}: headline {headline!r} is not {title!r}")
        posts.append({"path": path, "title": headline, "date": day, "datetime": iso, "author": author, "body": body})
    return {
        "generator": "hugo",
        "language": "en",
        "pagination": "/news/ (all), /blog/archive/, /events/ + /events/page/N/, /events/archive/page/N/",
        "truth_source": "content/{news,blog,events}/**.md front matter on master @ a031fb2 (the source of the "
        "gh-pages deploy): title and date (UTC), checked against the page; author: the byline; body: "
        "div.post-content, or the event card's text (description, time, place)",
        "origins": ["https://ccss.carleton.ca", "http://ccss.carleton.ca"],
        "ignored": ignored,
        "posts": posts,
    }


def _without(element: lxml.html.HtmlElement, selector: str) -> lxml.html.HtmlElement:
    """A copy of ``element`` without what ``selector`` matches (a code block's line-number gutter)."""
    element = copy.deepcopy(element)
    for node in element.cssselect(selector):
        node.drop_tree()
    return element


def _mkdocs_blog_posts(site: Path, author_default: str | None = None) -> list[dict[str, Any]]:
    """The posts of a MkDocs Material blog (the ``blog`` plugin), read from the built post pages: a page whose
    content is ``div.md-content--post`` (the post layout: a side panel of author and metadata beside
    ``article.md-content__inner``). Title: the page's <title> without " - <site name>" (the front matter's
    ``title``, or the first heading where there is none; a post need not print it); date: the metadata panel's
    first ``time`` (the creation date); author: the panel's profile names (each profile's ``strong``, in order);
    body: the article without its tag list, the heading that repeats the title, the headings' permalink marks,
    and the theme's furniture inside it (the git-committers box ``aside.md-source-file``, the hidden "Was this
    page helpful?" form)."""
    posts: list[dict[str, Any]] = []
    for file in sorted((site / "blog").rglob("index.html")):
        root = lxml.html.fromstring(file.read_bytes())
        if not root.cssselect("div.md-content--post") or not root.cssselect("article.md-content__inner"):
            continue
        path = "/" + str(file.parent.relative_to(site)) + "/"
        full = " ".join(root.findtext(".//title").split())
        suffix = " - " + (root.xpath("//meta[@property='og:site_name']/@content") or [""])[0]
        headline = full[: -len(suffix)] if suffix != " - " and full.endswith(suffix) else full.rsplit(" - ", 1)[0]
        stamp = root.cssselect("ul.md-post__meta time")[0].get("datetime", "")
        names = root.cssselect("div.md-post__authors span.md-profile__description strong")
        article = copy.deepcopy(root.cssselect("article.md-content__inner")[0])
        for node in article.cssselect("nav.md-tags, a.headerlink, aside.md-source-file, form.md-feedback"):
            node.drop_tree()
        heading = article.cssselect("h1")
        if heading and " ".join(heading[0].text_content().split()) == headline:
            heading[0].drop_tree()
        posts.append(
            {
                "path": path,
                "title": headline,
                "date": stamp[:10],
                "datetime": stamp,
                "author": ", ".join(" ".join(n.text_content().split()) for n in names) if names else author_default,
                "body": text_of(article),
            }
        )
    return posts


def mkdocs_2042ed(repo: Repo, site: Path) -> dict[str, Any]:
    """MkDocs 1.6 (Material, its ``blog`` plugin) of 2042 ("Play Well Die Happy"), Stefano Cecere's open space
    on education, technology, games and play, Italian; the gh-pages branch ("Deployed f12264d with MkDocs
    version: 1.6.1"). Posts at /blog/<year>/<slug>/ (``post_url_format: {date}/{slug}``, the year alone; the
    slug from the title or ``slug:``), listed by /blog/ + /blog/page/N/, /blog/archive/<year>/ and
    /blog/category/<name>/; the home page links the archive years and categories. Many posts are short
    dialogues (a list of lines, no heading: the title is the front matter's alone, in <title>). The rest of
    the site (played/, studio/, lab/, notes/, about/) are documentation pages of the MkDocs navigation.
    Truth from the built post pages (``_mkdocs_blog_posts``), checked against ``docs/blog/posts/**.md``."""
    return {
        "generator": "mkdocs",
        "language": "it",
        "pagination": "/blog/ + /blog/page/N/ (10 a page); /blog/archive/<year>/ (+ /page/N/), /blog/category/<name>/",
        "truth_source": "the built post pages (Material's post layout: <title>, the metadata panel's time, the "
        "profile's name, article.md-content__inner without tags and the repeated heading)",
        "origins": ["https://2042ed.org"],
        "posts": _mkdocs_blog_posts(site),
    }


def mkdocs_codaqui(repo: Repo, site: Path) -> dict[str, Any]:
    """MkDocs 1.6 (Material, its ``blog`` plugin) of Codaqui, a Brazilian non-profit teaching programming to
    young people (Paraná), Portuguese; the gh-pages branch ("Deployed 8d5e2c6 with MkDocs version: 1.6.1").
    Twelve posts at /blog/<yyyy>/<mm>/<dd>/<slug>/ (the slug keeps accents), listed by /blog/ + /blog/page/2/,
    /blog/archive/<year>/ and /blog/category/<name>/. The rest are the organisation's pages: the NGO, the
    team, its code of conduct, and 28 pages of learning paths (/trilhas/...), documentation pages of the
    navigation. Truth from the built post pages (``_mkdocs_blog_posts``)."""
    return {
        "generator": "mkdocs",
        "language": "pt",
        "pagination": "/blog/ + /blog/page/2/; /blog/archive/<year>/, /blog/category/<name>/",
        "truth_source": "the built post pages (Material's post layout: <title>, the metadata panel's time, the "
        "profile's name, article.md-content__inner without tags and the repeated heading)",
        "origins": ["https://codaqui.dev", "https://www.codaqui.dev"],
        "posts": _mkdocs_blog_posts(site),
    }


def butterfly_eurkon(repo: Repo, site: Path) -> dict[str, Any]:
    """Hexo (the Butterfly theme, which its author helps develop) of Eurkon's blog, Chinese: front-end notes,
    ECharts demos, interview questions and the theme's own magic; the built tree, pushed by its workflow
    ("GitHub Actions Auto Builder at 2024-12-17"). Posts at /post/<abbrlink>.html (hexo-abbrlink: a hash, a
    flat .html file, no date or slug in the address), listed by the home + /page/N/, /archives/ (+ year and
    month pages), categories and tags; search.xml holds every post. Title ``h1.post-title``; date: the
    creation ``time``'s title ("发表于 2021-03-16 09:00:00", Asia/Shanghai), its datetime in UTC; no byline
    (the copyright box names the owner of every post); body ``#article-container`` without the code blocks'
    line-number gutters."""
    posts: list[dict[str, Any]] = []
    for file in sorted((site / "post").glob("*.html")):
        root = lxml.html.fromstring(file.read_bytes())
        created = root.cssselect("#post-meta time.post-meta-date-created")[0]
        shown = re.search(r"\d{4}-\d{2}-\d{2}", created.get("title", "")).group(0)  # type: ignore[union-attr]
        posts.append(
            {
                "path": "/post/" + file.name,
                "title": " ".join(root.cssselect("h1.post-title")[0].text_content().split()),
                "date": shown,
                "datetime": created.get("datetime"),
                "author": None,
                "body": text_of(_without(root.cssselect("#article-container")[0], CODE_GUTTER)),
            }
        )
    return {
        "generator": "hexo",
        "language": "zh",
        "pagination": "the home + /page/N/; /archives/ (+ /page/N/, year and month pages); categories, tags",
        "truth_source": "the built post pages (Butterfly's post layout: h1.post-title, the creation time's "
        "title, #article-container)",
        "origins": ["https://blog.eurkon.com", "https://eurkon.github.io"],
        "posts": posts,
    }


def fluid_billhu(repo: Repo, site: Path) -> dict[str, Any]:
    """Hexo (the Fluid theme) of Bill Hu's blog: course notes (lecture notes of university courses), set-up
    notes (Raspberry Pi, Hexo, Docker), English and Chinese; the built tree ("Site updated"). Posts at
    /<year>/<file name>/ (``permalink: :year/:name/``), listed by the home + /page/N/, /archives/ (+
    /page/N/, year pages), categories and tags. Fluid writes the title twice: in the banner's
    ``#subtitle`` (typed in by a script from ``data-typed-text``, empty in the HTML) and in an
    ``h1#seo-header`` above the text; date: the banner's ``time`` ("2023-05-10 19:20", local time); no
    byline on the page (``article:author`` in the head alone); body ``div.markdown-body`` without the code
    blocks' line-number gutters."""
    posts: list[dict[str, Any]] = []
    for file in sorted(site.glob("20[0-9][0-9]/*/index.html")):
        root = lxml.html.fromstring(file.read_bytes())
        stamp = root.cssselect("div.post-meta time, span.post-meta time")[0].get("datetime", "")
        posts.append(
            {
                "path": "/" + str(file.parent.relative_to(site)) + "/",
                "title": " ".join(root.cssselect("h1#seo-header")[0].text_content().split()),
                "date": stamp[:10],
                "datetime": stamp,
                "author": None,
                "body": text_of(_without(root.cssselect("div.markdown-body")[0], CODE_GUTTER)),
            }
        )
    return {
        "generator": "hexo",
        "language": "en",
        "pagination": "the home + /page/N/; /archives/ (+ /page/N/, year pages); categories, tags",
        "truth_source": "the built post pages (Fluid's post layout: h1#seo-header, the banner's time, "
        "div.markdown-body)",
        "origins": ["https://billhu.us", "https://www.billhu.us", "https://billhu0.github.io"],
        "posts": posts,
    }


XLABS_SOURCE = "9d3216aafb7e20d57defba82892f864c5eec6659"  # main: the source of the gh-pages deploy


def doks_xlabs(repo: Repo, site: Path) -> dict[str, Any]:
    """Hugo (the Doks theme, Thulite) of XLabs Club, a Chinese engineers' community writing on Java, Kubernetes,
    Keycloak and AI tooling; deployed by its workflow to the gh-pages branch ("deploy: 9d3216a…"). Posts:
    ``content/blog/<name>.md`` and bundles ``content/blog/<name>/index.md`` at /blog/<name>/, listed by /blog/ +
    /blog/page/N/ (10 a page), categories and tags. Two layouts: the blog's (a header of the ``h1``, the day
    "2026年7月9日", categories and reading time, then the text in a second column) and, for the posts whose
    front matter says ``type: docs``, the documentation layout (the ``h1`` over the text, no date on the page:
    only ``article:published_time`` and the JSON-LD say it; "Last updated on …" at the foot). Title and date
    (Asia/Shanghai, as written) from the front matter; author: the ``contributors`` the blog layout's header
    prints after the day (the account name, "l10178"; the docs layout prints none); body: the blog layout's
    text column (the summary as its lead, without the tag list), or the docs layout's ``main`` without its
    table of contents, header, foot and pager. The docs (/docs/...) are
    pages."""
    source = Repo(repo.gitdir, XLABS_SOURCE)
    posts: list[dict[str, Any]] = []
    for name in source.files("content/blog"):
        if not name.endswith(".md") or Path(name).name == "_index.md":
            continue
        rel = name[len("content/blog/") :]
        if "/" in rel and not rel.endswith("/index.md"):
            continue
        meta, _ = front_matter(source.show(name))
        if meta.get("draft"):
            continue
        slug = rel[: -len("/index.md")] if rel.endswith("/index.md") else rel[: -len(".md")]
        path = f"/blog/{slug}/"
        stamp = meta["date"]
        stamp = stamp.isoformat() if hasattr(stamp, "isoformat") else str(stamp)
        file = site / "blog" / slug / "index.html"
        root = lxml.html.fromstring(file.read_bytes())
        headline = " ".join(str(meta["title"]).split())
        shown = " ".join(root.cssselect("h1")[0].text_content().split())
        if shown != headline:
            raise SystemExit(f"doks-xlabs: {path}: h1 {shown!r} is not the title {headline!r}")
        columns = root.cssselect("article > div.row > div.col-md-12")
        author = None
        if len(columns) >= 2:
            body = copy.deepcopy(columns[1])
            header = " ".join(columns[0].text_content().split())
            names = [str(n) for n in meta.get("contributors") or [] if str(n) in header]
            author = ", ".join(names) or None
        else:
            body = copy.deepcopy(root.cssselect("main.docs-content")[0])
            for node in body.cssselect("nav.toc-mobile, div.page-header, div.page-footer-meta, div.page-nav, a.anchor"):
                node.drop_tree()
        for node in body.cssselect("a.anchor, div.tag-list-single"):
            node.drop_tree()
        posts.append(
            {
                "path": path,
                "title": headline,
                "date": stamp[:10],
                "datetime": stamp,
                "author": author,
                "body": text_of(body),
            }
        )
    return {
        "generator": "hugo",
        "language": "zh",
        "pagination": "/blog/ + /blog/page/N/ (10 a page); categories, tags",
        "truth_source": "content/blog front matter on main @ 9d3216a (title, date at +08:00); body from the built "
        "page (the blog layout's text column, or the docs layout's main without toc/header/foot)",
        "origins": ["https://www.xlabs.club", "http://localhost:1313"],
        "posts": posts,
    }


def shown_only(element: lxml.html.HtmlElement) -> lxml.html.HtmlElement:
    """A copy of ``element`` without the elements a browser does not show (``hidden``: PaperMod's "#"
    heading anchors)."""
    element = copy.deepcopy(element)
    for unwanted in element.xpath(".//*[@hidden]"):
        unwanted.drop_tree()  # its tail is the text after it, and stays
    return element


def hugo_opensourceway(repo: Repo, site: Path) -> dict[str, Any]:
    """Hugo 0.155 (PaperMod theme) of 「开源之道」 (The Tao of Open Source, opensourceway.blog), a Chinese
    open-source community's articles (translations, essays, reading notes, daily briefings), deployed by
    GitHub Actions to the gh-pages branch ("deploy: OCselected/ttoos@c2fdbbc…", a source commit the
    snapshot of OCselected/ttoos does not hold). Posts at /posts/<section>/<slug>/ (and a few
    /posts/<slug>/), 17 English ones at /en/posts/…; listed by the home + /page/N/ (10 a page),
    /archives/, categories and tags (+ /page/N/), the sections' own lists. No source at the deploy's
    commit, so the truth is PaperMod's single-page template: ``article.post-single`` whose
    ``div.post-meta`` opens with a date span (its ``title`` holds the full stamp, "2021-01-11 16:32:39
    +0800 +0800"); title ``h1.post-title``; author the meta's fourth span (after reading time and word
    count: "「开源之道」·适兕", "Yochai Benkler", or the site's default "开源之道"); body
    ``div.post-content``. The about pages and the community guides (/about/, /all_about_kuosi/,
    /community/*/) print the same dated meta but are the site's pages: ignored (neither post nor
    non-article). Two undated single pages (a book's summary, a series' readme) are pages."""
    posts: list[dict[str, Any]] = []
    ignored: list[dict[str, Any]] = []
    for file in sorted(site.rglob("index.html")):
        relative_dir = file.parent.relative_to(site).as_posix()
        root = lxml.html.fromstring(file.read_bytes())
        article = root.cssselect("article.post-single")
        stamp = root.cssselect("div.post-meta > span[title]")
        if not article or not stamp:
            continue
        path = f"/{relative_dir}/"
        spans = [" ".join(s.text_content().split()) for s in root.cssselect("div.post-meta > span")]
        headline = " ".join(article[0].cssselect("h1.post-title")[0].text_content().split())
        moment = datetime.strptime(stamp[0].get("title")[:25], "%Y-%m-%d %H:%M:%S %z")
        if not re.search(r"(分钟|min)$", spans[1]) or not re.search(r"(字|words)$", spans[2]):
            raise SystemExit(f"hugo-opensourceway: {path}: unexpected meta {spans!r}")
        if not (relative_dir.startswith("posts/") or relative_dir.startswith("en/posts/")):
            ignored.append({"path": path, "title": headline, "reason": "a site page printed with the post meta"})
            continue
        posts.append(
            {
                "path": path,
                "title": headline,
                "date": moment.date().isoformat(),
                "datetime": moment.isoformat(),
                "author": spans[3] or None,
                "body": text_of(shown_only(article[0].cssselect("div.post-content")[0])),
            }
        )
    return {
        "generator": "hugo",
        "language": "zh",
        "pagination": "the home + /page/N/ (10 a page), /archives/, categories, tags, section lists",
        "truth_source": "the built single pages (PaperMod: article.post-single, the post-meta's date span title, "
        "h1.post-title, the meta's author span, div.post-content); the deploy's source commit is not in the "
        "snapshot of OCselected/ttoos",
        "origins": ["https://www.opensourceway.blog", "http://www.opensourceway.blog"],
        "ignored": ignored,
        "posts": posts,
    }


def hexo_jxutbst(repo: Repo, site: Path) -> dict[str, Any]:
    """Hexo (NexT 5 theme, Mist scheme) of BST 蓝色技术工作室, a students' electronics and robotics
    studio of Jiangxi University of Technology (江西科技学院), archived as JXUT-BST.github.io-old when the
    studio moved to VitePress. Sixteen dated news items and essays at /YYYY/MM/DD/<Chinese title>/,
    listed by the home + /page/2/ (10 a page), /archives/ (+ per year and month), categories and tags.
    Beside them some hundred undated pages: the studio's history and honours (/bst/…, with its members'
    speeches and award applications under /bst/hero/…), finances, members, about and a timeline. No
    source in the repository: the truth is NexT's post template, ``article.post`` on a
    ``page-post-detail`` page: ``h1.post-title``, ``time[itemprop=dateCreated]`` (+08:00), no byline,
    body ``div.post-body``. Pages are the rest."""
    posts: list[dict[str, Any]] = []
    for file in sorted(site.glob("[12][0-9][0-9][0-9]/*/*/*/index.html")):
        root = lxml.html.fromstring(file.read_bytes())
        if not root.cssselect("div.page-post-detail"):
            raise SystemExit(f"hexo-jxutbst: {file}: not a post page")
        article = root.cssselect("article.post")[0]
        path = "/" + quote(file.parent.relative_to(site).as_posix()) + "/"
        stamp = article.cssselect("time[itemprop=dateCreated]")[0].get("datetime")
        day, iso = local_day(stamp, 8)
        posts.append(
            {
                "path": path,
                "title": " ".join(article.cssselect("h1.post-title")[0].text_content().split()),
                "date": day,
                "datetime": iso,
                "author": None,
                "body": text_of(article.cssselect("div.post-body")[0]),
            }
        )
    return {
        "generator": "hexo",
        "language": "zh",
        "pagination": "the home + /page/2/ (10 a page), /archives/ (+ years, months), categories, tags",
        "truth_source": "the built post pages (NexT: article.post, h1.post-title, time[itemprop=dateCreated], "
        "div.post-body); no source in the repository",
        "posts": posts,
    }


GMT_CHINA_SOURCE = "e4042f15925bf25f4de65e2c89470d6c1336b91a"  # master: the source of the gh-pages deploy


def hugo_gmtchina(repo: Repo, site: Path) -> dict[str, Any]:
    """Hugo (Wowchemy / Hugo Blox, academic-style) of GMT 中文社区, the Chinese users' community of the
    Generic Mapping Tools (seismologists and geoscientists), deployed by GitHub Actions to gh-pages
    ("deploy: e4042f1…"). Thirteen blog posts at /blog/<slug>/ (community news, user dinners,
    data-set and tool notes), listed by /blog/ + /blog/page/N/, the home's recent posts, categories,
    tags and author pages (/authors/<name>/). The rest of the site (manual, downloads, gallery) lives on
    other hosts. Title, date and authors: content/blog/*/index.md front matter on master @ e4042f1 (the
    deploy's source), checked against the page (``h1``, ``span.article-date``, the metadata's author
    links); body ``div.article-style``."""
    source = Repo(repo.gitdir, GMT_CHINA_SOURCE)
    posts: list[dict[str, Any]] = []
    for name in source.files("content/blog"):
        if not name.endswith("/index.md"):
            continue
        meta, _ = front_matter(source.show(name))
        slug = str(meta.get("slug") or Path(name).parent.name.split("-", 3)[-1]).lower()
        path = f"/blog/{slug}/"
        if not (site / "blog" / slug / "index.html").is_file():
            raise SystemExit(f"hugo-gmtchina: {name}: no page at {path}")
        root = page(site, path)
        article = root.cssselect("article.article")[0]
        headline = " ".join(article.cssselect("h1")[0].text_content().split())
        if headline != " ".join(str(meta["title"]).split()):
            raise SystemExit(f"hugo-gmtchina: {path}: headline {headline!r} is not {meta['title']!r}")
        stamp = meta["date"]
        moment = stamp if isinstance(stamp, datetime) else jekyll_time(str(stamp))
        if isinstance(stamp, date) and not isinstance(stamp, datetime):
            moment = datetime(stamp.year, stamp.month, stamp.day, tzinfo=UTC)  # Hugo reads a bare day as UTC
        shown = " ".join(article.cssselect("span.article-date")[0].text_content().split())
        bylines = article.cssselect("div.article-metadata a[href*='/authors/']")
        names = [" ".join(a.text_content().split()) for a in bylines]
        posts.append(
            {
                "path": path,
                "title": headline,
                "date": moment.date().isoformat(),
                "datetime": moment.isoformat(),
                "date_shown": shown,
                "author": ", ".join(names) or None,
                "body": text_of(article.cssselect("div.article-style")[0]),
            }
        )
    return {
        "generator": "hugo",
        "language": "zh",
        "pagination": "/blog/ + /blog/page/N/, the home's recent posts, categories, tags, /authors/<name>/",
        "truth_source": "content/blog/*/index.md front matter on master @ e4042f1 (the deploy's source), checked "
        "against the page; author: the metadata's author links; body: div.article-style",
        "origins": ["https://gmt-china.org", "http://gmt-china.org"],
        "posts": posts,
    }


def hugo_funhubu(repo: Repo, site: Path) -> dict[str, Any]:
    """Hugo 0.65 (the maupassant theme) archive of 玩转湖大 (fun_hubu), a Hubei University students'
    campus-news WeChat account (2014-2016): each article of the account, as WeChat exported it, is a
    post at /post/<pinyin slug>/ (two slugs hold a "/", "genzheM/UCafé…": pages two levels down),
    listed by the home + /page/N/ and /post/page/N/ (5 a page),
    /archives/, categories and tags. The exported article is a whole HTML document (its own
    ``<html><head><title>…<style>``) pasted inside the theme's ``div.post-content``: WeChat's
    ``div#js_content`` holds a second headline (``h2#activity-name``, a link to the original), the
    account's name and ``em#publish_time``, then the text; 88 of the posts are the account's short text
    messages ("文本消息_<unix time>"). No source in the repository: the truth is the theme's template:
    title ``h1.post-title``, date ``date.meta-date`` ("2014年7月23日", checked against WeChat's own
    ``#publish_time``), author the copyright box's ``a[rel=author]`` ("原文作者：玩转湖大团队"), body
    ``#js_content`` without WeChat's headline and meta line. Two posts whose slugs start with "#" are
    linked as /post/#…, a fragment of /post/: no page reaches them."""
    posts: list[dict[str, Any]] = []
    for file in sorted(site.glob("post/**/index.html")):
        if file.parent == site / "post" or file.parent.relative_to(site).as_posix().startswith("post/page/"):
            continue  # the post list's pages
        root = lxml.html.fromstring(file.read_bytes())
        article = root.cssselect("article.post")
        if not article or not root.cssselect("#js_content"):
            raise SystemExit(f"hugo-funhubu: {file}: not a post page")
        shown = " ".join(article[0].cssselect("date.meta-date")[0].text_content().split())
        day = datetime.strptime(shown, "%Y年%m月%d日").date().isoformat()
        wechat = " ".join(root.cssselect("#publish_time")[0].text_content().split())
        if wechat != day:
            raise SystemExit(f"hugo-funhubu: {file}: the page says {shown!r}, WeChat {wechat!r}")
        text = copy.deepcopy(root.cssselect("#js_content")[0])
        for unwanted in text.cssselect("h2#activity-name, #meta_content"):
            unwanted.drop_tree()
        byline = article[0].cssselect("ul.post-copyright a[rel=author]")
        posts.append(
            {
                "path": "/" + quote(file.parent.relative_to(site).as_posix()) + "/",
                "title": " ".join(article[0].cssselect("h1.post-title")[0].text_content().split()),
                "date": day,
                "author": " ".join(byline[0].text_content().split()) if byline else None,
                "body": text_of(text),
            }
        )
    return {
        "generator": "hugo",
        "language": "zh",
        "pagination": "the home + /page/N/, /post/page/N/ (5 a page), /archives/, categories, tags",
        "truth_source": "the built post pages (maupassant: h1.post-title, date.meta-date checked against WeChat's "
        "#publish_time, the copyright box's author, #js_content without WeChat's headline and meta line)",
        "origins": ["https://funhubu.fangd123.com", "http://funhubu.fangd123.com"],
        "posts": posts,
    }


RECIPES: dict[str, tuple[str, str, str, Callable[[Repo, Path], dict[str, Any]]]] = {
    # name: (owner/repo, commit, folder of built HTML in that commit, recipe)
    "hexo-0linklab": ("0Linklab/0Linklab.github.io", "17ef0b33255d13cd5c0b69362b7ff4c00aa4d547", "", hexo_0linklab),
    "hexo-0xaikang": ("0xAiKang/Blog", "1a7e61def58db006d44cc6cd212819f524f11cf2", "", hexo_0xaikang),
    "hexo-0clock": ("0clock/blog", "8aecf466feaca1b069bcb6969e3d85946f7c3012", "", hexo_0clock),
    "hexo-0kelvins": ("0Kelvins/0Kelvins.github.io", "9b4b8766ce6bedbcffaf307a92c6a9c30e41d997", "", hexo_0kelvins),
    "jekyll-atpublishing": (
        "AT-Publishing/website",
        "e247423d53b33e702062fbccf83bcbbee03ea6d6",
        "_site",
        jekyll_atpublishing,
    ),
    "hugo-nwpu-bbic": (
        "nwpu-bbic/nwpu-bbic.github.io",
        "a304bfe47f4a341585f749bd1fa74534503ef7df",
        "public",
        hugo_nwpu_bbic,
    ),
    "cms-shirui": ("guozhiman/shirui", "9aa7d6b39d408c2ac34c5ffed1b644e2ff963e8a", "", cms_shirui),
    "hugo-0x0cqq": ("0x0cqq/0x0cqq.github.io", "dab2b62cece198f974ad24c4d5aac6e8b8a5a7e0", "", hugo_0x0cqq),
    "pelican-osc": ("CenterForOpenScience/osc", "5033ac84687cbe35457a0220012c32cf02e8b82f", "", pelican_osc),
    "hugo-barcampcork": (
        "BarCampIreland/barcampcork",
        "d94745ef05989e4d13aae1e78f58c7284c6fb7d2",
        "docs",
        hugo_barcampcork,
    ),
    "hugo-alphabravo": (
        "AlphaBravoCompany/blog.alphabravo.io",
        "c494b37454f2a22143fe88c1f86cf1a973118366",
        "docs",
        hugo_alphabravo,
    ),
    "jekyll-4dcu": ("4dcu-be/4dcu.be", "c353203efef12c74a75edce59d0c317d24a6397c", "docs", jekyll_4dcu),
    # Held-out sites added after the twelve above (docs/realsites.md, "Held-out sites")
    "docusaurus-3306pai": (
        "3306pai/3306pai-website",
        "02d8763a1ca6c9665b1346d6aec9188514d4dd5e",
        "",
        docusaurus_3306pai,
    ),
    "wp-dundeechess": (
        "dundeechessclub/dundeechessclub.github.io",
        "02c38f706898e8fccb693e5cc1138d0623ed216d",
        "",
        wp_dundeechess,
    ),
    "wp-partitopirata": (
        "PartitoPirata/partitopirata.github.io",
        "2e39dec4b3288ef5c8966e60e9d9272867f3278d",
        "",
        wp_partitopirata,
    ),
    "hugo-essuofc": ("ess-uofc/ess-site", "b422688b286440c40aaf3c6e44706d1085cd0f13", "public", hugo_essuofc),
    # Held-out sites of session 7 (docs/realsites.md, "Held-out sites, second round")
    "nikola-ansible": (
        "ansible/ansible-collaborative",
        "4bb5ce01820dd272f768974c0926bec98c3c6a5f",
        "output",
        nikola_ansible,
    ),
    "mkdocs-netdevops": (
        "netdevops-it/netdevops.it.github.io",
        "551e3b9cd1d04358d88b446039e55c1408843745",
        "",
        mkdocs_netdevops,
    ),
    "hugo-indymedia-pt": (
        "RadioParalelo/indymedia-pt-hugo",
        "68269843f9463e955c2f32f86568f02b8e721495",
        "public",
        hugo_indymedia_pt,
    ),
    # Held-out Chinese sites of session 7 (docs/realsites.md, "Held-out Chinese sites")
    "hexo-icarus-birdzhang": (
        "0312birdzhang/0312birdzhang.github.io",
        "c94e007c69dfbe08788135b557bd672232177bd8",
        "",
        hexo_icarus_birdzhang,
    ),
    "jekyll-melonteam": (
        "MelonTeam/MelonTeam.github.io",
        "2c6aa817ec35bcbf4dfbdd750c4c3c672fdab99f",
        "",
        jekyll_melonteam,
    ),
    "hexo-o2team": ("o2team/o2team.github.io", "75d5fc1a1e8cbf5e3bdd94b3625b1e87f6a1b303", "", hexo_o2team),
    # Held-out sites of session 7's third round (docs/realsites.md, "Held-out sites, third round")
    "hugo-broomhillcc": (
        "broomhillcc/broomhillcc.github.io",
        "3641b05c41dee7b52f55ee901cf937666e417946",
        "public",
        hugo_broomhillcc,
    ),
    "pelican-familug": (
        "familug/familug.github.io",
        "0c1bd5100d33b753b4bebc5b9845b9bf03ebc33a",
        "",
        pelican_familug,
    ),
    # Fourth round of held-out sites (docs/realsites.md, "Fourth round")
    "jekyll-ustclug": (
        "ustclug/website",
        "c67f6fe7b76212a90ea4b45db171fec78f98b256",
        "",
        jekyll_ustclug,
    ),
    "hexo-asuri": ("Asuri-Team/Asuri-Team.github.io", "2446acb63d6ab82c7adf3bd90b1a009b4edf310f", "", hexo_asuri),
    "hexo-kaiyuanshe": (
        "kaiyuanshe/kaiyuanshe.github.io",
        "b9adc795ee21ab395efc4a5d0d0257221fa80159",
        "",
        hexo_kaiyuanshe,
    ),
    # Held-out sites of session 8's fourth round, non-Chinese (docs/realsites.md, "Fourth round (non-Chinese)")
    "hugo-iggg": ("IGGG/new.iggg.org", "da4a03ad24310bb4fb9d4b712f71158653847829", "docs", hugo_iggg),
    "hugo-swissrn": ("crsuzh/SwissRN", "6983ce8124879edacc1625cf5c37d4933fa60334", "docs", hugo_swissrn),
    "jekyll-ccuffs": ("ccuffs/cc.uffs.edu.br", "b222b7dd274ad33f9d53488f7d6647a500870e47", "_site", jekyll_ccuffs),
    "flask-tehlug": ("efazati/tehlug", "2590584c1669df834e5db71a3e40f658700e1f43", "", flask_tehlug),
    "eleventy-brc-weeknotes": (
        "britishredcrosssociety/gis_im_weeknotes",
        "8ef2484195989599f7c257b164b3f212e1201d0a",
        "docs",
        eleventy_brc_weeknotes,
    ),
    "blogger-jorge": (
        "I014/jorgeelconstructor.blogspot.com",
        "a0f27fe947854bf897e060052f63e9f5733a116b",
        "",
        blogger_jorge,
    ),
    "blogger-lafuite": (
        "andremalenfant/lafuiteautourdumonde.com",
        "906fdf7b4c8eb21e4ff86b4d309b7c26f712d0db",
        "",
        blogger_lafuite,
    ),
    "wp-hides": (
        "ryosuke-horie/hides_blog_archive",
        "af6b03fd4055494e54f983b805b032c58f2f88dc",
        "simple_mirror",
        wp_hides,
    ),
    "wp-apleb": ("APLEB-Polytech/apleb_website", "6c92d6ab545367cd3c631e6b57cd47e78f13257a", "", wp_apleb),
    "wp-paraguayos": (
        "grippo/www.paraguayos.org.public_html",
        "a1ee96cbb2e26bada15f420a3b27b24596717032",
        "",
        wp_paraguayos,
    ),
    "cms-cdjzz": ("bl890923/cdjzzyzzx-cn", "ef098e7ecfc520695658170ed5464376243c1737", "", cms_cdjzz),
    # Fifth round of held-out sites, Chinese (docs/realsites.md, "Held-out sites, fifth round (Chinese)")
    "hexo-qidian": (
        "qidiankepukehuan/qidiankepukehuan",
        "082b35ececa15beea637cc508a8fc17620c36074",
        "",
        hexo_qidian,
    ),
    "hugo-sjtug": ("sjtug/sjtug.github.io", "8692d7156abbe856cd822e004502fff5dd8376ee", "", hugo_sjtug),
    "pelican-pycontw": (
        "pycontw/pycontw-blog",
        "d4bf0d8100a6a804a47bce10ba0eb91a5767ba36",
        "",
        pelican_pycontw,
    ),
    # Fifth round of held-out sites, non-Chinese (docs/realsites.md, "Held-out sites, fifth round")
    "hugo-7robot": ("TMCapela/7robot.fr", "fd494dc6ee02282ab7fcfc8abcc631bbbf3c7765", "public", hugo_7robot),
    "hugo-slowfoodyouthh": (
        "kunterbunt/slowfoodyouthh.de",
        "f8ed81ab1398f38fe22411828f266cf5a321cf3e",
        "public",
        hugo_slowfoodyouthh,
    ),
    "hugo-pesantren": (
        "ryhnsoka/pesantren-ilmu-eksakta",
        "166c07caa27f86d9143e3f6de8915ce24183a58a",
        "public",
        hugo_pesantren,
    ),
    # sixth round, Chinese and CMS (held-zh, session 10)
    "cms-hncic": ("bkichen/hncic_net", "2d9ff406b49bcac723552c708240f44eeced1197", "", cms_hncic),
    "trs-pmodlh": ("bkichen/pmodlh_ac_cn", "5fd0c5eb2d7eac1c452b458a5f686cbd861c3e5b", "", trs_pmodlh),
    "trs-cpaxj": ("bkichen/cpaxj_org_cn", "f53604210419822d7e5556381a78b6e42be03b2c", "", trs_cpaxj),
    # Sixth round of held-out sites, non-Chinese (docs/realsites.md, "Held-out sites, sixth round (non-Chinese)")
    "hugo-wowchemy-tvzofingen": (
        "TV-Zofingen-Handball/TV-Zofingen-Handball.github.io",
        "5c1797c92cc46ea2e3454f09411cd67c511b6377",
        "",
        hugo_wowchemy_tvzofingen,
    ),
    "astro-adecra": ("miclusty/comunicacion-adecra", "51e95749caed9ca8686aa18bcf8ed58e4de03dc3", "dist", astro_adecra),
    # seventh round, Chinese (held-zh7, session 11)
    "aspnet-qccy": ("bkichen/qccy_org_cn", "3356c1d54d66ce27a16a68a320e56a0b04544e6e", "", aspnet_qccy),
    "jeecms-icama": ("bkichen/capda_org_cn", "41dba42d7f1735782c09aaff1d98b7f9406185c0", "", jeecms_icama),
    # seventh round, non-Chinese (held-intl7, session 11; docs/realsites.md, "Held-out sites, seventh round")
    "drupal-sk": (
        "slovak-drupal-association/slovak-drupal-association.github.io",
        "affcb7a79f7f4c07b6d736c1b8f4bce352d44340",
        "",
        drupal_sk,
    ),
    "wp-aganor": ("fredari/AGANOR", "ff5c1aef0157e24dfcbdbb7c95eccba5691439eb", "", wp_aganor),
    # eighth round (held12, session 12; docs/realsites.md, "Held-out sites, eighth round")
    "vsb-tztvu": ("bkichen/tztvu_com_cn", "3e04cbdf9b446aa353f43764c28679af157682c2", "", vsb_tztvu),
    "cms-wgxy": ("bkichen/wgxy_org_cn", "1fa734b6f9c757fb93135008e64619bded59527a", "", cms_wgxy),
    "epoint-zjgztb": ("bkichen/zjgztb_com", "63a8378cb9be70236d8a39eb2659f8ebe72f86ca", "", epoint_zjgztb),
    # Ninth round (docs/realsites.md, "Held-out sites, ninth round")
    "cms-jspn": ("bkichen/jspn_js_cn", "9948a4e10a6e576bf69e391ff8625b5cac19e095", "", cms_jspn),
    "fz-slxx": ("bkichen/23slxx_cn", "4aeea45062f69ea16c73c8ecbb1e284ebbf96a38", "", fz_slxx),
    "tiangong-gxpopss": ("bkichen/gxpopss_cn", "5b5258bda9d1bcdfed4d9b2db9b80f75c57ba35d", "", tiangong_gxpopss),
    # Tenth round (docs/realsites.md, "Held-out sites, tenth round")
    "jigsaw-phpsp": ("PHPSP/phpsp.org.br", "710d0dc24c8a883665620add702018d4027becef", "", jigsaw_phpsp),
    "hugo-liva-nutmeg": ("NUTFes/blog", "d4386731cdecd95d71f1976540a52fc77db787fb", "docs", hugo_liva_nutmeg),
    # Held-out sites of session 15, Chinese, generator-built (docs/realsites.md, "Held-out sites, eleventh round")
    "hexo-efe-ecomfe": ("ecomfe/ecomfe.github.io", "38d5f1d388734ee5507590dba7d262dad1e6eaf2", "", hexo_efe_ecomfe),
    "hexo-icarus-fcccd": (
        "FreeCodeCamp-Chengdu/FreeCodeCamp-Chengdu.github.io",
        "607cc2faa68e4677ef3094106fd346ca8de77069",
        "",
        hexo_icarus_fcccd,
    ),
    # Eleventh round (docs/realsites.md, "Held-out sites, eleventh round")
    "empire-snpo": ("bkichen/fjmjzz_com", "565629b824ecff366513d114da73b4824489eab2", "", empire_snpo),
    "siteserver-lgedu": ("bkichen/lgedu_net", "9dce06aa56ad34699d993d8ea4f6b01757fb2af8", "", siteserver_lgedu),
    "cms-gzfezx": ("bkichen/gzfuying_com", "bde30e60e15e14b7018f22f0fbbec959ab0e01c9", "", cms_gzfezx),
    "zola-rustembedded": (
        "rust-embedded/blog",
        "c0b5f77fce6cf7948a900d28cff611695a9d45ac",
        "",
        zola_rustembedded,
    ),
    "publii-hgk": ("mvanaken76/hogegilderaadkempen", "826b1af2d0b70929d78597529148b588aa68532f", "", publii_hgk),
    # Held-out round of session 16, international (docs/realsites.md, "Held-out round of session 16 (international)")
    "quarto-oles": ("oles-cl/oles_cl", "80dd0b8e903c906d090a4df531664c6f6f4c51dd", "docs", quarto_oles),
    "quarto-ocscoes": ("ocscoes/web-ocs-coes", "19ff4757ed9c55fe3d34bc49b036dfe189bff2fb", "_site", quarto_ocscoes),
    "quarto-interas": (
        "interas-inct/interaswebsite",
        "5b0b50fa7d7d49a63f63fe48842e97925a24811b",
        "docs",
        quarto_interas,
    ),
    # Session 16's Chinese round (docs/realsites.md, "Held-out round of session 16 (Chinese)")
    "cms-cptz": ("bkichen/cptz_net", "dacc5ec0c114606841f5eda0d5bc60da3be9e12d", "", cms_cptz),
    "trs-atxlyj": ("bkichen/atxlyj_cn", "d8186ca76cc26a4264c239adb6d5dbfc05a79fe3", "", trs_atxlyj),
    "trs-puchengedu": ("bkichen/puchengedu_com", "d81f5eb029963e401723fe04756081741e944c15", "", trs_puchengedu),
    # Held-out round of session 17, generators archiver had not seen
    # (docs/realsites.md, "Held-out round of session 17 (new generators)")
    "octopress-3mdeb": ("3mdeb/blog.3mdeb.com", "5b15033b3ddc994aa8a1fb6287d986addbb72521", "", octopress_3mdeb),
    "octopress-agiletng": (
        "Agile-TNG/Agile-TNG.github.io",
        "299e8e9facd57b80c75c97f8928ed6abb67b6da6",
        "",
        octopress_agiletng,
    ),
    "vitepress-andretonic": (
        "smartduck66/myblog",
        "9ebba64d6feb99842376808ca62df63d2b8e728e",
        "docs/.vitepress/dist",
        vitepress_andretonic,
    ),
    "gatsby-snoop2head": (
        "snoop2head/snoop2head.github.io",
        "36a2231ea369b8e30156afe8628c34e173c91c7d",
        "",
        gatsby_snoop2head,
    ),
    # Session 17's Chinese round (docs/realsites.md, "Held-out round of session 17 (Chinese portals)")
    "yii-21cn-highway": (
        "bkichen/21cn-highway_com",
        "e64b42b525462e7a29bb8a94f30d3df2430d9358",
        "",
        yii_21cn_highway,
    ),
    "jizhi-sdhjnl": ("bkichen/sdhjnl_cn", "ff9006b40df915706f7c9c2739592a03ee3c4100", "", jizhi_sdhjnl),
    "bus-hrbbus": ("bkichen/hrbbus_cn", "9711cb56f9d51d87e1cacb2238d19911acfa6780", "", bus_hrbbus),
    # Held-out round of session 18, generators archiver had not seen
    # (docs/realsites.md, "Held-out round of session 18 (new generators)")
    "middleman-hanami": (
        "hanami/hanami.github.io",
        "eea8ca38d841d893faf9c535d195f829a4b50116",
        "",
        middleman_hanami,
    ),
    "middleman-dry-rb": (
        "dry-rb/dry-rb.org",
        "bec62fdb674496f60492f515ed4824bad03a005f",
        "",
        middleman_dry_rb,
    ),
    "lektor-rannts": ("rannts/rannts.github.io", "f050bf4f51d41d3a01a2af1cec66f3dfa637baff", "", lektor_rannts),
    # Session 18's Chinese round (docs/realsites.md, "Held-out round of session 18 (Chinese portals)")
    "dede-haowenmi": ("bkichen/haowenmi_cn", "24fc598e79b2ec7ea062ba0260b0ae840e0d41dd", "", dede_haowenmi),
    "phpcms-zikaobyz": ("bkichen/zikaobyz_com", "5795df430ef2cb4ff6ce4f591db15f013ce0f2bc", "", phpcms_zikaobyz),
    "mobile-koukoule": ("bkichen/koukoule_cn", "49cdfd9a4debaceeea8ecaad3314f355c4bdc513", "", mobile_koukoule),
    # Held-out round of session 19, Chinese portals (docs/realsites.md, "Held-out round of session 19 (Chinese)")
    "empire-scrww": ("bl890923/scrww-com", "6bd97cd30d8d408e0b1c43022608bff3db0222cf", "", empire_scrww),
    "cms-ccctspm": (
        "blue124qq/chineseprotestantchurch_org_cn",
        "214acd182b9f91c26941efde35996ed47de91fbc",
        "",
        cms_ccctspm,
    ),
    "cms-hdjxedu": ("blue124qq/hdjxedu_cn", "94301611ba2353a7606017d4d150f0fb53a86fca", "", cms_hdjxedu),
    # Session 19's international round (docs/realsites.md, "Held-out round of session 19 (international)")
    "jekyll-ubuntu-tr": (
        "ubuntu-tr/ubuntu-tr.github.io",
        "d998b84296438fd8885c53db7d7f78a4d6ed1b37",
        "_site",
        jekyll_ubuntu_tr,
    ),
    "hakyll-haskell-jp": ("haskell-jp/blog", "3469fa8bdbd05bb55fcea27d8902ffbb7c9c66e5", "", hakyll_haskell_jp),
    "hugo-patojad": ("PatoJAD/website", "e5d67fcf71a0da3c77a75fe997bf5b8a77cbbe89", "", hugo_patojad),
    # Session 19's English round (docs/realsites.md, "Held-out round of session 19 (English)")
    "hugo-openff": ("openforcefield/openforcefield.org", "c38879ff081b929155ba4e2d408db85432cb3d7d", "", hugo_openff),
    "franklin-julialang": (
        "JuliaLang/www.julialang.org",
        "3cd4408eaac808887bacb6b00399c6dcaf42b67c",
        "",
        franklin_julialang,
    ),
    "hugo-dlad": ("Digital-Grinnell/dlad-blog", "56fa29f4da488f1e35a7f1efc8420d8cd63fd0d0", "", hugo_dlad),
    # Held-out round of session 20, Chinese portals (docs/realsites.md, "Held-out round of session 20 (Chinese)")
    "trs-gzdzhrss": ("bkichen/gzdzhrss_com", "7227606cdbbe3b9f7495ed23ac0092ac160e9a23", "", trs_gzdzhrss),
    "phpcms-5iedu": ("bkichen/5iedu_com_cn", "ccabd4c7a194801e2d763d824d69e47788ee8e3a", "", phpcms_5iedu),
    "cms-bonavis": ("bkichen/bonavis_cn", "57b495f54847940d04271f55591052c31498c372", "", cms_bonavis),
    # Session 20's round (docs/realsites.md, "Held-out round of session 20 (international)")
    "ablog-urbangrammar": (
        "urbangrammarai/urbangrammarai.github.io",
        "45f02494974fdb117c13d19cdec50d116d9c749a",
        "docs",
        ablog_urbangrammar,
    ),
    "hugo-sasip": ("sasip-climate/sasip-climate.github.io", "3d5d3e6f384e25b56091e31e4b1a18a2c7cf6bef", "", hugo_sasip),
    "jekyll-codefornepal": (
        "codefornepal/codefornepal.github.io",
        "128f0afc5857f985a8a7cf6929979b8e27a48022",
        "",
        jekyll_codefornepal,
    ),
    "ghost-stefanscherer": (
        "StefanScherer/stefanscherer.github.io",
        "cb94f5ce980f87f0373866cbc7df549d7e7d7e2a",
        "",
        ghost_stefanscherer,
    ),
    "chirpy-adas": (
        "ADAS-study-group/adas-study-group.github.io",
        "4ccc1e3682c3ca16624140572ada51ae9c7bc3ff",
        "",
        chirpy_adas,
    ),
    "hugo-ccss": (
        "CarletonComputerScienceSociety/website",
        "e9f1c588cdb02fefc3c13489ec30732ec48b33f3",
        "",
        hugo_ccss,
    ),
    "hugo-blowfish-inouelab": (
        "yasuhiroinoue/inouelabhp",
        "b837e89d5d5b4d822629aaa1add089560103f350",
        "public",
        hugo_blowfish_inouelab,
    ),
    # Session 24's round (docs/realsites.md, "Held-out round of session 24")
    "mkdocs-2042ed": ("2042ed/2042ed.org", "e259b11fe5882913548c6d09e6d87de10403b323", "", mkdocs_2042ed),
    "mkdocs-codaqui": ("Discao/institucional", "5df8fcaedd28c634c1711a6f71600d1df692c25e", "", mkdocs_codaqui),
    "butterfly-eurkon": ("Eurkon/Eurkon.github.io", "23507ef94488602e69579e8d05bd80f4c8633b4e", "", butterfly_eurkon),
    "doks-xlabs": ("xlabs-club/xlabs-club.github.io", "3607ef4e649c3efcea8aa6b9222ba2ed83ab0d42", "", doks_xlabs),
    "fluid-billhu": ("billhu0/billhu0.github.io", "249300e55fc8b231e342b5b80e957498db5b3544", "", fluid_billhu),
    "hugo-opensourceway": (
        "OCselected/ocselected.github.io",
        "9241015a6bd5f84d1a2f929758007fde60590ca3",
        "",
        hugo_opensourceway,
    ),
    "hexo-jxutbst": ("JXUT-BST/JXUT-BST.github.io-old", "292dc29812be7246c4e151266498b133b5b7ba1b", "", hexo_jxutbst),
    "hugo-gmtchina": ("gmt-china/gmt-china.org", "1fd3fd44b928f2d9025f1d90bfd412a61b030ea2", "", hugo_gmtchina),
    "hugo-funhubu": ("fangd123/funhubu_articles", "e6e127ed396c8071aabcc8f1ad117d76d1cafcf5", "", hugo_funhubu),
}


def served_file(site: Path, url_path: str) -> Path | None:
    """The file GitHub Pages answers ``url_path`` with (following its /x -> /x/ redirect), or None."""
    parts = [p for p in unquote(url_path).split("/") if p not in ("", ".", "..")]
    target = site.joinpath(*parts)
    if url_path.endswith("/"):
        return target / "index.html" if (target / "index.html").is_file() else None
    for candidate in (target, target.with_name(target.name + ".html"), target / "index.html"):
        if candidate.is_file():
            return candidate
    return None


def reachable_pages(site: Path, home: str, origins: list[str]) -> set[Path]:
    """Every HTML file a visitor reaches from ``home`` by following <a href> and <link rel=next/prev>
    within the site (the origins count as the site). A walk over files: nothing is fetched."""
    seen: set[Path] = set()
    queue = [home]
    while queue:
        url_path = queue.pop()
        file = served_file(site, url_path)
        if file is None or file in seen or file.suffix not in (".html", ".htm"):
            continue
        seen.add(file)
        try:
            root = lxml.html.fromstring(file.read_bytes())
        except (lxml.etree.ParserError, ValueError):
            continue
        base = "/" + file.relative_to(site).as_posix()
        declared = root.xpath("//base/@href")  # a browser resolves relative links against <base href>
        if declared:
            base = urljoin(base, declared[0].strip())
        hrefs = [
            e.get("href")
            for e in root.xpath("//a[@href] | //link[@href][contains(@rel, 'next') or contains(@rel, 'prev')]")
        ]
        for refresh in root.xpath("//meta[translate(@http-equiv, 'REFSH', 'refsh')='refresh']/@content"):
            # a browser follows <meta http-equiv="refresh" content="0; url=welkom.html"> (publii-hgk's home)
            found = re.search(r"url\s*=\s*['\"]?([^'\"\s>]+)", refresh, re.I)
            if found:
                hrefs.append(found.group(1))
        for href in hrefs:
            href = href.strip()
            for origin in origins:
                if href.lower().startswith(origin.lower()):
                    # what follows the site's own origin is a path, even "//news" (hugo-iggg's menu links read
                    # ".../new.iggg.org//news"): the server, like GitHub Pages, answers it as /news
                    href = "/" + (href[len(origin) :] or "/").lstrip("/")
                    break
            else:
                if re.match(r"^[a-z][a-z0-9+.-]*:", href, re.I) or href.startswith("//"):
                    continue  # another site, mailto:, javascript:
            target = urlsplit(urljoin(base, href)).path
            if target:
                queue.append(target)
    return seen


def exists(site: Path, path: str) -> bool:
    file = site / unquote(path).lstrip("/")
    return (
        (file / "index.html").is_file()
        or (file.is_file() and not path.endswith("/"))
        or (not path.endswith("/") and file.with_name(file.name + ".html").is_file())
    )


def gitdir_of(mirrors: Path, repo: str) -> Path:
    base = mirrors / repo.replace("/", "+") / "repo"
    return base / ".git" if (base / ".git").is_dir() else base


def build(name: str, mirrors: Path, out: Path) -> dict[str, Any]:
    repo_name, commit, folder, recipe = RECIPES[name]
    site = out / name / "site"
    if site.exists():
        shutil.rmtree(site)
    repo = Repo(gitdir_of(mirrors, repo_name), commit)
    written, missing = repo.extract(folder, site)
    truth = recipe(repo, site)  # recipes name repository paths in full (docs/index.json, content/...)
    # A post whose own permalink is not a file (a case mismatch between the generator's index and the
    # deployed tree, say) answers 404 on its hosting too, and one no page links to cannot be found by
    # following links: both are listed apart and not scored (bench/realsites.py ignores their paths).
    reachable = reachable_pages(site, truth.get("home", "/"), truth.get("origins") or [])
    served, excluded = [], []
    for post in truth["posts"]:
        file = served_file(site, post["path"])
        if file is None:
            excluded.append(
                {
                    "path": post["path"],
                    "title": post["title"],
                    "reason": "not a file under site/: its permalink answers 404 on the hosting",
                }
            )
        elif file not in reachable:
            excluded.append(
                {
                    "path": post["path"],
                    "title": post["title"],
                    "reason": "no page reachable from the home page links to it",
                }
            )
        else:
            served.append(post)
    truth["posts"] = served
    truth["excluded_posts"] = excluded
    truth["reachable_pages"] = len(reachable)
    truth = {
        "name": name,
        "repo": repo_name,
        "commit": commit,
        "built_folder": folder or "/",
        **truth,
        "files_written": written,
        "files_missing_from_snapshot": missing,
    }
    (out / name / "truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=1), encoding="utf-8")
    return truth


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "names", nargs="*", metavar="NAME", help=f"Recipes to build (default all): {', '.join(RECIPES)}"
    )
    parser.add_argument("--mirrors", type=Path, default=Path("/work/.mirror"))
    parser.add_argument("--out", type=Path, default=Path("/work/realsites"))
    args = parser.parse_args()
    unknown = [n for n in args.names if n not in RECIPES]
    if unknown:
        raise SystemExit(f"realsites_truth: no recipe {unknown[0]!r}; known: {', '.join(RECIPES)}")
    for name in args.names or RECIPES:
        truth = build(name, args.mirrors, args.out)
        print(
            f"{name}: {len(truth['posts'])} posts ({len(truth['excluded_posts'])} excluded: not served or not "
            f"linked), {truth['reachable_pages']} pages reachable, "
            f"{truth['files_written']} files "
            f"({truth['files_missing_from_snapshot']} missing from the snapshot)"
        )


if __name__ == "__main__":
    main()
