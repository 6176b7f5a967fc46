"""A record without a title or a body, or a soft error page served with 200, is not an article.

Both become recorded failures and never a version: an archived article stays as it was
(and stays live) when the portal answers "system busy" or a captcha for a while.
"""

from __future__ import annotations

import re
from typing import Any

from scrapy import Spider
from scrapy.crawler import Crawler

from archiver.items import ArticleItem, FailureItem

MIN_BODY_CHARS = 20
_SOFT_ERROR_MAX_CHARS = 400
SOFT_ERROR = re.compile(
    r"系统繁忙|服务器繁忙|访问过于频繁|请稍后(?:再试|重试|访问)|验证码|人机验证|安全验证|访问被拒绝|禁止访问|"
    r"页面不存在|文章不存在|信息不存在|已被删除|找不到(?:该|此)?页面|网站防火墙|安全狗|云盾|"
    r"system\s+(?:is\s+)?busy|server\s+(?:is\s+)?busy|too\s+many\s+requests|try\s+again\s+later|"
    r"captcha|verify\s+you\s+are\s+(?:a\s+)?human|access\s+denied|forbidden|page\s+not\s+found|"
    r"web\s+application\s+firewall|request\s+blocked",
    re.IGNORECASE,
)


def problems(record: dict[str, Any]) -> list[str]:
    found = []
    if not record.get("title"):
        found.append("no title found")
    if len(record.get("body") or "") < MIN_BODY_CHARS and not record.get("images"):
        # An image-only post (a photo report) is an article: its images are its body.
        found.append(f"no body found (under {MIN_BODY_CHARS} characters, no images)")
    return found


def soft_error(record: dict[str, Any]) -> str | None:
    """Why a short page looks like an error/WAF/captcha page rather than an article, or None."""
    text = f"{record.get('title') or ''} {record.get('body') or ''}"
    if len(record.get("body") or "") > _SOFT_ERROR_MAX_CHARS:
        return None
    match = SOFT_ERROR.search(text)
    return f"soft error page ({match.group(0)!r} in a short page served with 200)" if match else None


class ValidatePipeline:
    def __init__(self, crawler: Crawler) -> None:
        self.stats = crawler.stats

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> ValidatePipeline:
        return cls(crawler)

    def process_item(self, item: Any, spider: Spider | None = None) -> Any:
        if not isinstance(item, ArticleItem):
            return item
        capture = item.capture
        reason = soft_error(item.record)
        kind = "soft-error"
        if reason is None:
            found = problems(item.record)
            reason, kind = "; ".join(found), "invalid"
        if not reason:
            return item
        self.stats.inc_value(f"archiver/{kind}")
        return FailureItem(url=capture.url, kind=kind, reason=reason, status=capture.status,
                           at=capture.fetched_at, referer=capture.referer)
