"""News, portal, hospital and company pages copied as text (all written for the tests): credits
and captions in brackets alone on a line, a compiled-by line,
empty field labels, a teaser, a disclosure record's field row, a date widget with a greeting, a
welcome bar with the site's tools and an emergency telephone."""

from __future__ import annotations

import docgen
from docgen.model import Speech

NEWS = """(资料图)
3月1日,某某公司召开职工代表大会,全体职工代表参加了会议。会议听取了工作报告。
会议号召全体干部职工团结一心,实干争先,奋力开创公司发展新局面。
(撰稿:某某党委 张某;审核:某某党委 李某)
(王某某 李某某)
(某某日报 newsman)
【通讯员】赵某
某某晨报综合
"""

PORTAL = """欢迎来到某某县人民医院官方网站! 设为首页  |  收藏网站
24小时急诊电话:0000-0000000
您好, 今天是2031年03月17日星期一
日期:
关联导读:
信息类别: 政府文件 文件编号: 某府发[2031]5号 公开方式: 主动公开 生成日期: 2031-09-25
导读:3月1日,某某医院举行新春座谈会,医院领导与职工代表欢聚一堂。

某某医院举行新春座谈会

3月1日,某某医院举行新春座谈会,医院领导与职工代表欢聚一堂,共话发展。
与会人员表示,将在新的一年里继续努力,为群众提供更好的医疗服务。
"""


def _parse(text: str) -> Speech:
    return docgen.parse(text.encode("utf-8"), input_format="text")


def _texts(speech: Speech) -> list[str]:
    return [block.text for block in speech.blocks if hasattr(block, "text")]


def test_credits_captions_and_compiled_by_lines_are_dropped() -> None:
    speech = _parse(NEWS)
    joined = "\n".join([*_texts(speech), speech.meta.title or ""])
    for chrome in ("资料图", "撰稿", "王某某", "newsman", "赵某", "晨报综合"):
        assert chrome not in joined, chrome
    assert speech.meta.title is None


def test_the_paragraphs_under_the_credits_are_kept() -> None:
    texts = _texts(_parse(NEWS))
    assert texts[0].startswith("3月1日，某某公司召开职工代表大会")
    assert any(text.startswith("会议号召全体干部职工") for text in texts)


def test_a_portals_bars_labels_teaser_and_record_row_are_dropped() -> None:
    speech = _parse(PORTAL)
    assert speech.meta.title == "某某医院举行新春座谈会"
    joined = "\n".join(_texts(speech))
    for chrome in ("欢迎来到", "急诊电话", "今天是", "日期", "关联导读", "信息类别", "导读"):
        assert chrome not in joined, chrome
    assert any(text.startswith("3月1日，某某医院举行新春座谈会") for text in _texts(speech))
    assert any(text.startswith("与会人员表示") for text in _texts(speech))


PROMO = """置顶公告:
最新某某本地资讯,关注【 某某全知道 】微信公众号!想买房、想了解行情、想避坑,进某某楼市买房交流群;交流所在乡镇信息,\
可加甲镇、乙镇、丙镇、丁镇、戊镇等各自乡镇交流群;家长育儿、入学等信息互助交流,可进家长交流群;加群、广告发布/商务合作,请加小编微信 abc123!
某某全知道
暂缓恢复所有集市!某某镇发布公告
关于暂缓恢复集市的通告

近期,为进一步做好防控工作,避免人群聚集,经研究决定通告如下。
一、即日起,全面暂停全镇所有集市活动,如有变化另行通知。
"""


def test_a_local_accounts_promotion_its_name_and_headline_are_dropped() -> None:
    speech = _parse(PROMO)
    joined = "\n".join(_texts(speech))
    for chrome in ("置顶公告", "全知道", "交流群", "发布公告"):
        assert chrome not in joined, chrome
    assert speech.meta.title == "关于暂缓恢复集市的通告"


NOTICE = """通 告
各村、各单位:
为改善人居环境,即日起禁止在住宅区养殖牲畜,请相互转告,自觉遵守。
某某市政管理办
2031年11月8日 |
凝心聚力谋发展 实干担当开新局——某某镇召开全体干部大会部署
学思践悟强党性 砥砺奋进新征程——某某局开展主题党日活动
某某镇举行2031年新春团拜会暨表彰大会
"""


def test_other_headlines_under_a_notices_closing_date_are_dropped() -> None:
    joined = "\n".join(_texts(_parse(NOTICE)))
    for chrome in ("凝心聚力", "学思践悟", "新春团拜会"):
        assert chrome not in joined, chrome
    assert "自觉遵守" in joined


def test_a_notices_closing_lines_without_dashed_headlines_stay() -> None:
    text = NOTICE.replace("——", "，").replace("凝心聚力谋发展", "附件一")
    joined = "\n".join(_texts(_parse(text.replace("，", ""))))
    assert "某某镇举行2031年新春团拜会暨表彰大会" in joined
