"""The layers' import contract (docs/architecture.md), checked on every import statement, local ones included.

- The library (archiver/) never imports the Scrapy adapters (spiders/, pipelines/): the crawl
  runner names its spider and pipelines in settings, and Scrapy loads them.
- Extraction and site inference (archiver/extract, archiver/discovery) never import Scrapy or
  Twisted: they are pure functions of a page.
- Only archiver/compat.py imports sqlite_utils (it hides pandas from it).
- The light commands start without the heavy libraries.
"""

from __future__ import annotations

import ast
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def imported_modules(path: Path) -> set[str]:
    """Every module ``path`` imports, at any depth of the file (absolute names; relative ones resolved)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    package = ".".join(path.relative_to(ROOT).with_suffix("").parts[:-1])
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.rsplit(".", node.level - 1)[0] if node.level > 1 else package
                found.add(f"{base}.{node.module}" if node.module else base)
            else:
                found.add(node.module or "")
    return found


def violations(folder: str, forbidden: tuple[str, ...]) -> list[str]:
    return sorted(
        f"{path.relative_to(ROOT)} imports {name}"
        for path in (ROOT / folder).rglob("*.py")
        for name in imported_modules(path)
        if name.split(".")[0] in forbidden
    )


def test_the_library_never_imports_the_scrapy_adapters() -> None:
    assert violations("archiver", ("spiders", "pipelines")) == []


@pytest.mark.parametrize("folder", ["archiver/extract", "archiver/discovery"])
def test_extraction_and_site_inference_never_import_scrapy(folder: str) -> None:
    assert violations(folder, ("scrapy", "twisted", "scrapy_redis")) == []


SCRAPY = ("scrapy", "twisted", "scrapy_redis")
# Scrapy is the crawl side's: the runners (crawler/, distributed/) and compat.py's shims; every other
# package of the library is read side or pure and starts without it.
SCRAPY_FREE = sorted(
    str(path.relative_to(ROOT))
    for path in (ROOT / "archiver").iterdir()
    if path.name not in {"crawler", "distributed", "compat.py", "__pycache__"}
    and (path.is_dir() or path.suffix == ".py")
)


@pytest.mark.parametrize("part", SCRAPY_FREE)
def test_only_the_crawl_side_imports_scrapy(part: str) -> None:
    if part.endswith(".py"):
        found = [f"{part} imports {name}" for name in imported_modules(ROOT / part) if name.split(".")[0] in SCRAPY]
    else:
        found = violations(part, SCRAPY)
    assert found == []


def layer_violations(folder: str, forbidden: tuple[str, ...]) -> list[str]:
    return sorted(
        f"{path.relative_to(ROOT)} imports {name}"
        for path in (ROOT / folder).rglob("*.py")
        for name in imported_modules(path)
        if any(name == layer or name.startswith(layer + ".") for layer in forbidden)
    )


@pytest.mark.parametrize(
    ("folder", "forbidden"),
    [
        # The store is below everything that reads or crawls: it never reaches up.
        (
            "archiver/store",
            (
                "archiver.crawler",
                "archiver.distributed",
                "archiver.render",
                "archiver.export",
                "archiver.cli",
                "archiver.api",
            ),
        ),
        # Near-duplicates and attribution are pure: no database, no crawl.
        ("archiver/republished", ("archiver.store", "archiver.crawler", "archiver.cli")),
        # The read side never starts a crawl.
        ("archiver/history", ("archiver.crawler", "archiver.distributed", "archiver.cli")),
        ("archiver/render", ("archiver.crawler", "archiver.distributed", "archiver.cli", "archiver.store")),
        ("archiver/export", ("archiver.crawler", "archiver.distributed", "archiver.cli")),
        # Pure inference never touches the archive.
        ("archiver/extract", ("archiver.store", "archiver.crawler", "archiver.cli")),
        ("archiver/discovery", ("archiver.store", "archiver.crawler", "archiver.cli")),
    ],
)
def test_layers_point_one_way(folder: str, forbidden: tuple[str, ...]) -> None:
    assert layer_violations(folder, forbidden) == []


def test_only_compat_imports_sqlite_utils() -> None:
    offenders = [v for v in violations("archiver", ("sqlite_utils",)) if not v.startswith("archiver/compat.py")]
    assert offenders == []


def test_the_checker_sees_local_imports(tmp_path: Path) -> None:
    """The contract would be empty if function-level imports went unseen (the way they used to slip in)."""
    module = ROOT / "archiver" / "crawler" / "run.py"
    assert "scrapy.crawler" in imported_modules(module)
    assert "archiver.crawler.overrides" in imported_modules(module)  # imported inside parse_overrides()


HEAVY = ("scrapy", "twisted", "lxml", "nh3", "pandas", "numpy", "scipy", "datasketch", "pyarrow", "dateparser")


def loaded_after(code: str) -> list[str]:
    probe = f"import sys\n{code}\nprint(' '.join(sorted({{m.split('.')[0] for m in sys.modules}})))"
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert result.returncode == 0, result.stderr
    return [name for name in HEAVY if name in result.stdout.split()]


def test_import_archiver_is_light() -> None:
    assert loaded_after("import archiver; archiver.__version__") == []


def test_the_command_group_and_stats_start_without_heavy_libraries(tmp_path: Path) -> None:
    db = tmp_path / "a.db"
    code = (
        f"from archiver.store import Archive; Archive({str(db)!r}).close()\n"
        "from click.testing import CliRunner\nfrom archiver.cli import cli\n"
        f"result = CliRunner().invoke(cli, ['stats', '--db', {str(db)!r}])\n"
        "assert result.exit_code == 0, result.output\n"
        "CliRunner().invoke(cli, ['--version']); CliRunner().invoke(cli, ['--help'])"
    )
    assert loaded_after(code) == []


def test_one_definition_of_chinese_characters() -> None:
    """The length rule, language detection, shingles and the search index agree on what is Chinese."""
    defining = sorted(
        str(path.relative_to(ROOT))
        for path in (ROOT / "archiver").rglob("*.py")
        if "\\u4e00" in path.read_text(encoding="utf-8")
    )
    assert defining == ["archiver/normalize.py"]


def test_the_demo_needs_no_optional_package() -> None:
    """`pip install -e .` then `archiver demo`: the crawl, its near-duplicate pass and its report load no
    extra (datasketch/scipy, pandas, pyarrow, Datasette) and no test tool."""
    code = (
        "import archiver.demo.run, archiver.cli, spiders.portal, spiders.learned, pipelines.archive, "
        "pipelines.extract, pipelines.validate, archiver.history.report, archiver.render.report_html\n"
        "from archiver.republished.similarity import Signature, lsh_params\n"
        "signature, _ = Signature.of('The association held its annual training for member companies. ' * 4)\n"
        "assert signature is not None and lsh_params(0.5)\n"
        "import sys\nprint('EXTRAS', ' '.join(sorted({m.split('.')[0] for m in sys.modules})))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert result.returncode == 0, result.stderr
    loaded = set(result.stdout.split("EXTRAS", 1)[1].split())
    assert loaded & {"datasketch", "scipy", "pandas", "pyarrow", "datasette", "hypothesis", "pytest"} == set()


def test_extraction_returns_exactly_the_article_record() -> None:
    """ArticleRecord (archiver/extract/record.py) names every key extract_article returns, and no other."""
    import json

    from archiver.extract import extract_article
    from archiver.extract.record import ArticleRecord

    pages = sorted((ROOT / "tests" / "golden").glob("*/*/page.html"))
    assert pages
    for page in pages:
        meta = json.loads((page.parent / "meta.json").read_text(encoding="utf-8"))
        record = extract_article(page.read_bytes(), meta["url"], meta.get("profile", "generic"))
        assert set(record) == set(ArticleRecord.__annotations__), page


def test_stats_keys_are_named_in_one_module() -> None:
    """Every ``archiver/...`` stats key a crawl writes or reads is archiver.statkeys', never a literal."""
    literal = re.compile(r"""f?["']archiver/(?!\{__version__\})[a-z_{]""")
    offenders = sorted(
        f"{path.relative_to(ROOT)}:{number}"
        for folder in ("archiver", "spiders", "pipelines")
        for path in (ROOT / folder).rglob("*.py")
        if path.name != "statkeys.py"
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if literal.search(line)
    )
    assert offenders == []


def test_a_crawl_never_loads_the_components_it_turns_off(tmp_path: Path) -> None:
    """Scrapy imports every component its base lists name, those set to None included: RemoteControl
    brought aiohttp (0.2 s) and CookiesMiddleware its cookie jar (0.1 s) into every crawl's start-up.
    A crawl that turns cookies on keeps their middleware."""
    code = (
        "from pathlib import Path\n"
        "from scrapy.utils.reactor import install_reactor\n"
        "install_reactor('twisted.internet.asyncioreactor.AsyncioSelectorReactor')\n"
        "from scrapy.crawler import Crawler\n"
        "from scrapy.core.downloader.middleware import DownloaderMiddlewareManager\n"
        "from archiver.crawler.run import build_settings\n"
        "from spiders.portal import PortalSpider\n"
        "def built(**overrides):\n"
        f"    crawler = Crawler(PortalSpider, build_settings(Path({str(tmp_path / 'a.db')!r}), overrides=overrides))\n"
        "    crawler._apply_settings()\n"
        "    return DownloaderMiddlewareManager.from_crawler(crawler)\n"
        "names = [type(m).__name__ for m in built().middlewares]\n"
        "assert 'CookiesMiddleware' not in names, names\n"
        "assert 'scrapy.extensions.remote_control' not in sys.modules and 'aiohttp' not in sys.modules\n"
        "assert 'scrapy.downloadermiddlewares.cookies' not in sys.modules\n"
        "assert 'CookiesMiddleware' in [type(m).__name__ for m in built(COOKIES_ENABLED='True').middlewares]\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", "import sys\n" + code], capture_output=True, text=True, cwd=ROOT, timeout=120
    )
    assert result.returncode == 0, result.stderr[-2000:]


def test_the_crawl_imports_scrapys_deprecated_context_factories_early() -> None:
    """scrapy.core.downloader.contextfactory makes three deprecated classes at import, each reading
    ``inspect.stack()`` (every frame's source, and a search of sys.modules per frame). Imported with the crawl's
    runner, on a shallow stack and before the spiders, pipelines and extractor are loaded, not deep in the
    engine's construction: 108 M fewer instructions in a one-page crawl's process (docs/performance.md)."""
    code = (
        "import inspect\n"
        "depths = []\n"
        "stack = inspect.stack\n"
        "def counted(*args, **kwargs):\n"
        "    frames = stack(*args, **kwargs)\n"
        "    depths.append((len(frames), len(sys.modules)))\n"
        "    return frames\n"
        "inspect.stack = counted\n"
        "import archiver.crawler.run\n"
        "assert 'scrapy.core.downloader.contextfactory' in sys.modules\n"
        "assert 'spiders.learned' not in sys.modules and 'archiver.extract.body' not in sys.modules\n"
        "assert len(depths) == 3, depths\n"
        "assert all(depth < 40 for depth, _ in depths), depths\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", "import sys\n" + code], capture_output=True, text=True, cwd=ROOT, timeout=120
    )
    assert result.returncode == 0, result.stderr[-2000:]
