"""The completeness check on a real crawl: a portal whose pagination is deliberately broken.

The pager still says "共 4页N条" while pages 3 and 4 of 新闻动态 answer 404 or are never
linked: the crawl must end with exit code 5 and name the listing, not "finished", exit 0.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from tests.conftest import LOCAL, run_archiver
from tests.portal.gallery import serve
from tests.portal.gallery.breakage import MODES, broken_builder

pytestmark = [pytest.mark.e2e, pytest.mark.gallery]


@pytest.mark.parametrize("mode", MODES)
def test_a_broken_pager_is_reported(mode: str, tmp_path: Path) -> None:
    with serve("dedecms", broken_builder("dedecms", "新闻动态", mode=mode, from_page=3)) as (server, site):
        result = run_archiver(
            "crawl", server.base_url + site.start_path, "--db", str(tmp_path / "a.db"), "--format", "json", *LOCAL
        )
    assert result.returncode == 5, result.stderr[-2000:]
    assert "Warning: incomplete" in result.stderr and "新闻动态" in result.stderr
    summary = json.loads(result.stdout)
    [row] = [r for r in summary["completeness"] if r["listing"] == "新闻动态"]
    # the pager's "共 4页N条" is the estimate; pages 3-4 (and their articles) are lost
    stated = re.search(r"共 <strong>4</strong>页<strong>(\d+)</strong>条", site.routes["/a/news/"].body.decode("gbk"))
    assert stated is not None and row["estimated"] == int(stated.group(1))
    assert row["archived"] <= row["estimated"] - 5
    assert summary["status"] == "finished" and summary["incomplete"]
