"""Pages that declare no charset: does archiver read them in the encoding they were written in?

Real pages, nobody on the team wrote, are re-encoded into the legacy encoding their language's
portals used, with every charset declaration removed, and decoded again:

- the fundus set's news pages (``--fundus DIR``): Japanese in Shift_JIS and EUC-JP, Korean in
  EUC-KR, Russian and Ukrainian in windows-1251 (and KOI8-R), Polish and Czech in windows-1250
  (and ISO-8859-2), Turkish in windows-1254, Hebrew in windows-1255, Lithuanian in
  windows-1257, Western European in windows-1252;
- the Chinese real sites' post pages (``--realsites DIR ...``, a few per site) in GB18030, and
  the same pages turned into Traditional characters (OpenCC ``s2twp``) in Big5, as a Taiwanese
  or Hong Kong portal writes them.

Characters an encoding lacks are written as character references (``&#12345;``), as a legacy
CMS stores them. A page counts as read when its decoded text equals the text the encoding
gives. Tools: ``ours`` (``archiver.extract.html.decode_html``), ``before`` (the same without
the detector: the GB18030 and windows-1252 fallbacks alone), ``charset_normalizer``, and
``dammit`` (BeautifulSoup's UnicodeDammit, with whichever detector it finds installed: cchardet,
chardet or charset_normalizer, in that order; chardet, pure Python, takes seconds a page).

    python bench/encodings.py --fundus /work/extraction-sets/fundus-x --realsites /work/realsites*/*
"""

from __future__ import annotations

import argparse
import codecs
import gzip
import json
import random
import re
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator
from pathlib import Path
from unittest import mock

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from archiver.extract import html as html_module
from archiver.extract.html import decode_html

ENCODINGS_BY_COUNTRY = {
    "jp": ["cp932", "euc_jp"],
    "kr": ["cp949"],
    "ru": ["cp1251", "koi8_r"],
    "ua": ["cp1251"],
    "pl": ["cp1250", "iso8859_2"],
    "cz": ["cp1250"],
    "tr": ["cp1254"],
    "il": ["cp1255"],
    "lt": ["cp1257"],
    **{country: ["cp1252"] for country in ("de", "fr", "es", "it", "pt", "se", "dk", "no", "at", "ch")},
}
_DECLARATION = re.compile(r"<meta[^>]+charset[^>]*>|(<\?xml[^>]*?)\s+encoding=[\"'][^\"']*[\"']", re.I)
Sample = tuple[str, str, str]  # (encoding, where from, page text)


def without_declarations(text: str) -> str:
    return _DECLARATION.sub(lambda m: m.group(1) or "", text)


def fundus_samples(folder: Path) -> Iterator[Sample]:
    data = folder / "tests" / "resources" / "parser" / "test_data"
    for country, encodings in ENCODINGS_BY_COUNTRY.items():
        for path in sorted((data / country).glob("*.html.gz")):
            text = gzip.decompress(path.read_bytes()).decode("utf-8", "replace")
            for encoding in encodings:
                yield encoding, f"fundus/{country}/{path.name}", text


def realsite_samples(site_dirs: list[Path], per_site: int) -> Iterator[Sample]:
    import opencc  # the bench extra

    traditional = opencc.OpenCC("s2twp")
    rng = random.Random(1)
    for site in sorted(site_dirs):
        truth_path = site / "truth.json"
        if not truth_path.is_file():
            continue
        truth = json.loads(truth_path.read_text("utf-8"))
        if not str(truth.get("language", "")).startswith("zh"):
            continue
        posts = list(truth["posts"])
        rng.shuffle(posts)
        taken = 0
        for post in posts:
            if taken == per_site:
                break
            path = site / "site" / post["path"].lstrip("/")
            if path.is_dir() or not path.suffix:
                path = path / "index.html"
            try:
                text = path.read_bytes().decode("utf-8")
            except (OSError, UnicodeDecodeError):
                continue  # a GBK copy (cms-shirui): not a page whose true text we know
            taken += 1
            yield "gb18030", f"{site.name}{post['path']}", text
            yield "big5hkscs", f"{site.name}{post['path']} (Traditional)", traditional.convert(text)


def _decoded_by(name: str | None, body: bytes) -> str | None:
    try:
        return body.decode(codecs.lookup(name).name) if name else None
    except (LookupError, UnicodeDecodeError):
        return None


def tools(names: list[str]) -> dict[str, Callable[[bytes], tuple[str | None, str]]]:
    def ours(body: bytes) -> tuple[str | None, str]:
        decoded = decode_html(body)
        return decoded.text, decoded.encoding

    def before(body: bytes) -> tuple[str | None, str]:
        with mock.patch.object(html_module, "detect_encoding", lambda _: ""):
            decoded = decode_html(body)
        return decoded.text, decoded.encoding

    def normalizer(body: bytes) -> tuple[str | None, str]:
        import charset_normalizer

        best = charset_normalizer.from_bytes(body).best()
        encoding = html_module._lookup(best.encoding if best else None)
        return _decoded_by(encoding, body), str(encoding)

    def dammit(body: bytes) -> tuple[str | None, str]:
        from bs4 import UnicodeDammit

        result = UnicodeDammit(body, is_html=True)
        return result.unicode_markup, str(result.original_encoding)

    every = {"ours": ours, "before": before, "charset_normalizer": normalizer, "dammit": dammit}
    return {name: every[name] for name in names}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--fundus", type=Path, help="the flairNLP/fundus repository (its test pages)")
    parser.add_argument("--realsites", type=Path, nargs="*", default=[], help="real-site folders (truth.json, site/)")
    parser.add_argument("--per-site", type=int, default=8, help="Chinese post pages per real site (default 8)")
    parser.add_argument("--tools", default="ours,before,charset_normalizer", help="comma-separated; also: dammit")
    parser.add_argument("--json", type=Path, help="also write every miss here")
    args = parser.parse_args()
    samples: list[Sample] = []
    if args.fundus:
        samples += fundus_samples(args.fundus)
    samples += realsite_samples(args.realsites, args.per_site)
    if not samples:
        print("no pages: give --fundus and/or --realsites folders", file=sys.stderr)
        sys.exit(2)
    chosen = tools(args.tools.split(","))
    read: dict[str, Counter[tuple[str, bool]]] = defaultdict(Counter)
    seconds: Counter[str] = Counter()
    misses: list[dict[str, str]] = []
    for encoding, source, text in samples:
        body = without_declarations(text).encode(encoding, "xmlcharrefreplace")
        expected = body.decode(encoding)
        for name, tool in chosen.items():
            started = time.perf_counter()
            got, named = tool(body)
            seconds[name] += time.perf_counter() - started
            ok = got == expected
            read[name][(encoding, ok)] += 1
            if not ok:
                misses.append({"tool": name, "page": source, "encoding": encoding, "read_as": named})
    encodings = sorted({encoding for encoding, _, _ in samples})
    print(f"{len(samples)} pages without a declaration, read in the encoding they were written in:")
    print(f"{'encoding':<12}" + "".join(f"{name:>20}" for name in chosen))
    for encoding in encodings:
        cells = "".join(
            f"{read[name][(encoding, True)]:>12}/{read[name][(encoding, True)] + read[name][(encoding, False)]:<7}"
            for name in chosen
        )
        print(f"{encoding:<12}{cells}")
    total = "".join(f"{sum(n for (_, ok), n in read[name].items() if ok):>12}/{len(samples):<7}" for name in chosen)
    print(f"{'all':<12}{total}")
    print(f"{'ms per page':<12}" + "".join(f"{1000 * seconds[name] / len(samples):>20.1f}" for name in chosen))
    if args.json:
        args.json.write_text(json.dumps(misses, ensure_ascii=False, indent=1), "utf-8")


if __name__ == "__main__":
    main()
