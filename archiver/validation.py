"""A record without a title or a body, or a soft error page served with 200, is not an article.

Every writer of versions applies this one check: the crawl (pipelines/validate.py), the
distributed workers (the same pipeline) and ``archiver reextract``. A rejected record becomes
a recorded failure and never a version: an archived article stays as it was (and stays live)
when the portal answers "system busy" or a captcha for a while, or when a new extractor finds
nothing on a stored page.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any, NamedTuple

from archiver.normalize import weighted_length

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


class Rejection(NamedTuple):
    kind: str  # the fetch_errors kind: "soft-error" or "invalid"
    reason: str


def problems(record: Mapping[str, Any]) -> list[str]:
    found = []
    if not record.get("title"):
        found.append("no title found")
    if weighted_length(record.get("body") or "") < MIN_BODY_CHARS and not record.get("images"):
        # An image-only post (a photo report) is an article: its images are its body. A Chinese
        # character counts like a short word: "东莞某公司顺利通过验厂" is a (short) body.
        found.append(f"no body found (under {MIN_BODY_CHARS} characters, no images)")
    return found


def soft_error(record: Mapping[str, Any]) -> str | None:
    """Why a short page looks like an error/WAF/captcha page rather than an article, or None."""
    text = f"{record.get('title') or ''} {record.get('body') or ''}"
    if len(record.get("body") or "") > _SOFT_ERROR_MAX_CHARS:
        return None
    match = SOFT_ERROR.search(text)
    return f"soft error page ({match.group(0)!r} in a short page served with 200)" if match else None


def rejection(record: Mapping[str, Any]) -> Rejection | None:
    """Why ``record`` must not become a version (a soft error page first), or None when it is an article."""
    reason = soft_error(record)
    if reason is not None:
        return Rejection("soft-error", reason)
    found = problems(record)
    return Rejection("invalid", "; ".join(found)) if found else None
