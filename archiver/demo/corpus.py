"""Deterministic article content for the demo portal and the test portals (no network, no data files)."""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone

SHANGHAI = timezone(timedelta(hours=8))

_EN_SUBJECTS = [
    "The association",
    "Security companies in Kunming",
    "Trade union organizations",
    "The training center",
    "Member enterprises",
    "The public security bureau",
    "Guards on duty",
    "The leadership group",
    "Industry inspectors",
    "Volunteer patrol teams",
]
_EN_VERBS = [
    "carried out",
    "organized",
    "strengthened",
    "reviewed",
    "promoted",
    "completed",
    "deployed",
    "studied",
    "improved",
    "inspected",
]
_EN_OBJECTS = [
    "a special training on emergency response",
    "the annual qualification examination",
    "fire safety drills in residential communities",
    "the new standards for escort services",
    "the rights protection services for workers",
    "skills competitions across the province",
    "the supervision of private security firms",
    "the integration of smart monitoring systems",
    "a campaign against wage arrears",
    "patrols during the holiday season",
]
_EN_TAILS = [
    "in accordance with the annual work plan",
    "with the support of local authorities",
    "to ensure the safety of the public",
    "after consultation with member units",
    "as required by the provincial department",
    "in the first half of the year",
    "so that every guard meets the standard",
    "with more than two hundred participants",
]
_ZH_SUBJECTS = [
    "协会",
    "昆明市各保安公司",
    "工会组织",
    "培训中心",
    "会员单位",
    "市公安局",
    "值勤保安员",
    "领导小组",
    "行业督察人员",
    "志愿巡逻队",
]
_ZH_VERBS = ["开展了", "组织了", "加强了", "审议了", "推进了", "完成了", "部署了", "学习了", "改进了", "检查了"]
_ZH_OBJECTS = [
    "应急处置专题培训",
    "年度资格考试",
    "居民小区消防演练",
    "押运服务新标准",
    "职工维权服务工作",
    "全省技能竞赛",
    "保安服务公司监督管理",
    "智能监控系统建设",
    "根治欠薪专项行动",
    "节日期间巡逻防控",
]
_ZH_TAILS = [
    "按照年度工作计划",
    "在有关部门的支持下",
    "确保群众生命财产安全",
    "经与会员单位协商",
    "根据省厅的统一要求",
    "在今年上半年",
    "使每一名保安员达到标准",
    "参加人数达二百余人",
]
_EN_TOPICS = [
    "emergency response",
    "fire safety",
    "cash escort",
    "night patrol",
    "guard training",
    "smart monitoring",
    "workers' rights",
    "security screening",
    "crime prevention",
    "public order",
    "wage arrears",
    "campus security",
]
_ZH_TOPICS = [
    "应急处置",
    "消防安全",
    "武装押运",
    "夜间巡逻",
    "保安培训",
    "智能监控",
    "职工维权",
    "安全检查",
    "犯罪预防",
    "治安秩序",
    "欠薪治理",
    "校园安保",
]
_EN_ACTIVITIES = [
    "a special training on",
    "a work meeting on",
    "an inspection of",
    "a drill on",
    "a skills competition on",
    "a forum on",
    "a publicity campaign on",
    "an assessment of",
    "the supervision of",
    "a deployment meeting on",
]
_ZH_ACTIVITIES = [
    "专题培训",
    "工作会议",
    "专项检查",
    "实战演练",
    "技能竞赛",
    "座谈会",
    "宣传活动",
    "考核评估",
    "督导工作",
    "部署会",
]
_EN_PLACES = [
    "in Wuhua District",
    "in Panlong District",
    "in Guandu District",
    "in Xishan District",
    "in Chenggong District",
    "in Jinning District",
    "in Anning City",
    "in Songming County",
    "in Yiliang County",
    "in Shilin County",
    "in Luquan County",
    "in Xundian County",
]
_ZH_PLACES = [
    "五华区",
    "盘龙区",
    "官渡区",
    "西山区",
    "呈贡区",
    "晋宁区",
    "安宁市",
    "嵩明县",
    "宜良县",
    "石林县",
    "禄劝县",
    "寻甸县",
]
_EN_ENDINGS = [
    ", with {n} people taking part.",
    "; {n} units were checked.",
    "; {n} leaflets were handed out.",
    ", and {n} problems were found and fixed.",
    ".",
]
_ZH_ENDINGS = ["，参加人数达{n}人。", "，共检查单位{n}家。", "，发放宣传资料{n}份。", "，发现并整改问题{n}处。", "。"]
_EN_TITLE_TOPICS = [
    "Security Training",
    "Guard Skills Competition",
    "Fire Safety Drill",
    "Trade Union Work",
    "Escort Service Standards",
    "Holiday Patrols",
    "Smart Monitoring",
    "Qualification Examination",
    "Wage Arrears Campaign",
    "Emergency Response",
]
_ZH_TITLE_TOPICS = [
    "保安培训",
    "保安员技能竞赛",
    "消防安全演练",
    "工会工作",
    "押运服务标准",
    "节日巡逻",
    "智能监控",
    "资格考试",
    "根治欠薪",
    "应急处置",
]
_EN_ORGS = [
    "All-China Federation of Trade Unions",
    "Xinhua News Agency",
    "People's Daily Online",
    "Ministry of Public Security",
    "Yunnan Daily",
    "China Security Association",
]
_ZH_ORGS = ["中华全国总工会", "新华网", "人民网", "公安部", "云南日报", "中国保安协会"]
_EN_AUTHORS = ["Li Wei", "Zhang Min", "Wang Fang", "Chen Jie"]
_ZH_AUTHORS = ["李伟", "张敏", "王芳", "陈杰"]
_EN_KEYWORDS = ["security", "training", "trade union", "safety", "guards", "Kunming"]
_ZH_KEYWORDS = ["保安", "培训", "工会", "安全", "消防", "昆明"]


@dataclass
class ArticleSpec:
    """What an article says, independent of how a template renders it: the ground truth."""

    article_id: str
    language: str
    title: str
    source_raw: str | None
    source: str | None
    reprinted: bool
    author: str | None
    published: datetime
    paragraphs: list[str]
    keywords: list[str]
    categories: list[str] = field(default_factory=list)  # category keys of the listings

    @property
    def body(self) -> str:
        return "\n\n".join(self.paragraphs)


def _sentence(rng: random.Random, lang: str) -> str:
    # The same draws in the same order for both languages: one stream gives an article and its translation.
    tail, place, subject = rng.randrange(len(_EN_TAILS)), rng.randrange(len(_EN_PLACES)), rng.randrange(10)
    verb, topic, activity = rng.randrange(10), rng.randrange(len(_EN_TOPICS)), rng.randrange(10)
    ending, number = rng.randrange(5), rng.randint(3, 400)
    if rng.random() < 0.5:  # half the sentences use the stock phrases, as real reports do
        thing_en, thing_zh = _EN_OBJECTS[activity], _ZH_OBJECTS[activity]
    else:
        thing_en = f"{_EN_ACTIVITIES[activity]} {_EN_TOPICS[topic]}"
        thing_zh = _ZH_TOPICS[topic] + _ZH_ACTIVITIES[activity]
    if lang == "zh":
        return (
            _ZH_TAILS[tail]
            + "，"
            + _ZH_PLACES[place]
            + _ZH_SUBJECTS[subject]
            + _ZH_VERBS[verb]
            + thing_zh
            + _ZH_ENDINGS[ending].format(n=number)
        )
    return (
        f"{_EN_SUBJECTS[subject]} {_EN_PLACES[place]} {_EN_VERBS[verb]} {thing_en} "
        f"{_EN_TAILS[tail]}{_EN_ENDINGS[ending].format(n=number)}"
    )


def _paragraph(rng: random.Random, lang: str) -> str:
    joiner = "" if lang == "zh" else " "
    return joiner.join(_sentence(rng, lang) for _ in range(rng.randint(2, 5)))


def _source(rng: random.Random, lang: str) -> tuple[str | None, str | None, bool]:
    orgs = _ZH_ORGS if lang == "zh" else _EN_ORGS
    org = rng.choice(orgs)
    kind = rng.random()
    english = rng.choice([f"Reprinted from the {org}", f"Reproduced from {org}"])  # drawn in both languages
    if kind < 0.5:
        return (f"转载自{org}" if lang == "zh" else english), org, True
    if kind < 0.85:
        return org, org, False
    return None, None, False


def make_articles(
    count: int, lang: str, seed: int, start: datetime | None = None, translated: bool = False
) -> list[ArticleSpec]:
    """``count`` articles in ``lang`` ("en" or "zh"), newest first, the same for the same seed.

    With ``translated``, the English and the Chinese articles of one seed are translations of
    each other (same facts, same structure, different language).
    """
    rng = random.Random(f"{seed}-translated" if translated else f"{seed}-{lang}")
    moment = start or datetime(2024, 11, 22, 9, 14, 12, tzinfo=SHANGHAI)
    topics = _ZH_TITLE_TOPICS if lang == "zh" else _EN_TITLE_TOPICS
    articles = []
    for index in range(count):
        moment -= timedelta(hours=rng.randint(5, 70), minutes=rng.randint(0, 59), seconds=rng.randint(0, 59))
        topic = topics[index % len(topics)]
        number = index + 1
        title = (
            f"{rng.choice(_ZH_SUBJECTS)}{topic}工作会议第{number}期顺利召开"
            if lang == "zh"
            else f"{rng.choice(_EN_SUBJECTS)} Holds Meeting No. {number} on {topic}"
        )
        source_raw, source, reprinted = _source(rng, lang)
        author_pool = _ZH_AUTHORS if lang == "zh" else _EN_AUTHORS
        author = rng.choice(author_pool) if rng.random() < 0.4 else None
        keyword_pool = _ZH_KEYWORDS if lang == "zh" else _EN_KEYWORDS
        keywords = rng.sample(keyword_pool, rng.randint(0, 3))
        articles.append(
            ArticleSpec(
                article_id=str(
                    1_860_000_000_000_000_000 + seed * 1_000_000 + index * 7919 + (0 if lang == "en" else 500_000)
                ),
                language=lang,
                title=title,
                source_raw=source_raw,
                source=source,
                reprinted=reprinted,
                author=author,
                published=moment.replace(microsecond=0),
                paragraphs=[_paragraph(rng, lang) for _ in range(rng.randint(3, 8))],
                keywords=keywords,
            )
        )
    return articles
