"""The chrome of mainland portals, 范文 sites and their mirrors as a search index keeps their
browser text, in half-width punctuation: a breadcrumb whose separators a conversion turned into
``?`` (its characters perhaps glossed in pinyin), a camera's file name
left as a caption, a reporters' credit run together after a bullet, a date run into a view
count, a font tool row cut off, a headline's tail run into its source, a news page's byline
row, a discussion area's header and a 范文 site's intro.  The pages are written for
the test."""

from __future__ import annotations

import docgen

MIRROR_PAGE = """當(dāng)前頁(yè)面: 首頁(yè)??>?政務(wù)公開(kāi)?>?通知公告?>
C360 2020 01 02 08 30 00 123
某某镇关于做好春季防火工作的通知
各村(社区):
为切实做好春季森林防火工作,保护人民群众生命财产安全,现将有关事项通知如下。
一、各村要加强巡查,严禁野外用火,发现火情及时报告。
"""

MIRROR_BODY = [
    "为切实做好春季森林防火工作，保护人民群众生命财产安全，现将有关事项通知如下。",
    "一、各村要加强巡查，严禁野外用火，发现火情及时报告。",
]

MIRROR_CHROME = ["首页", "C360", "dāng"]

NEWS_PAGE = """某某中学举行春季运动会
【浏览字体:
03-128阅读
报道:宣传中心
■记者张某某通讯员李某
4月12日,某某中学第十届春季运动会在学校田径场隆重开幕,全校师生共一千余人参加。
运动会为期两天,设田径、跳绳、拔河等二十余个项目,展示了同学们积极向上的精神面貌。
开幕式上,各班代表队依次入场,口号响亮,步伐整齐,赢得了全场观众的阵阵掌声。
校长在致辞中勉励同学们发扬更高、更快、更强的精神,赛出风格、赛出水平。
比赛中,同学们奋勇拼搏,互相鼓励,共有十二人次打破学校纪录。
某某市第一医院停诊公告】来源:某某晚报
85%的人还看了
附近热门楼盘
相关讨论
"""

NEWS_BODY = [
    "4月12日，某某中学第十届春季运动会在学校田径场隆重开幕，全校师生共一千余人参加。",
    "运动会为期两天，设田径、跳绳、拔河等二十余个项目，展示了同学们积极向上的精神面貌。",
]

NEWS_CHROME = ["浏览字体", "阅读", "宣传中心", "通讯员", "停诊公告", "还看了", "热门楼盘", "相关讨论"]

FANWEN_PAGE = """停水通知怎么写
停水通知怎么写呢,小编为大家整理了关于停水通知的范本。以下这篇是停水通知怎么写,供大家参考。
各位业主:
因供水管道检修,本小区将于5月6日8时至18时停止供水,请各位业主提前做好储水准备。
"""


def _printed(text: str) -> tuple[str | None, list[str]]:
    speech = docgen.parse_text(text)
    return speech.meta.title, [b.text for b in speech.blocks]


def test_a_mirrors_lost_separator_crumb_and_camera_name_are_no_title():
    title, printed = _printed(MIRROR_PAGE)
    assert title == "某某镇关于做好春季防火工作的通知"
    for passage in MIRROR_BODY:
        assert passage in printed, (passage, printed)
    for piece in MIRROR_CHROME:
        assert not any(piece in text for text in printed), (piece, printed)


def test_a_news_pages_byline_rows_count_and_discussion_header_are_dropped():
    title, printed = _printed(NEWS_PAGE)
    assert title == "某某中学举行春季运动会"
    for passage in NEWS_BODY:
        assert passage in printed, (passage, printed)
    for piece in NEWS_CHROME:
        assert not any(piece in text for text in printed), (piece, printed)


def test_a_fanwen_sites_intro_asking_how_to_write_the_text_is_dropped():
    _, printed = _printed(FANWEN_PAGE)
    assert "因供水管道检修，本小区将于5月6日8时至18时停止供水，请各位业主提前做好储水准备。" in printed
    assert not any("小编" in text for text in printed), printed
