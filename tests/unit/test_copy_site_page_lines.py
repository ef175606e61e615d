"""Lines that 范文 sites, local-news sites and school or company pages print around a text, as
their browser text keeps them: a 范文 site's framing sentences and uploader's byline, a byline's
counts of views, page tools and stray markup, a credit or a series tag in brackets, a search
engine's name alone, a column's name with its English.  Made-up text in those shapes, in both
widths of punctuation and in traditional characters; the body stays whole."""

from __future__ import annotations

import pytest

from docgen.cleaner import clean

TITLE = "关于开展某某征集活动的通知"
BODY = ["各科室：", "为做好某某工作，现就征集活动有关事项通知如下。", "请各科室认真组织，按时报送。"]

CHROME = [
    "本篇节约用水倡议书,主题是珍惜水资源。目的是让大家养成好习惯,详见下文:",
    "节约用水倡议书一文到这里就全部结束了,本文主题是珍惜水资源,可以参考这个思路。",
    "匿名 2024-02-03 10:20:30 128 下载本文",
    "某某倡议书范文下载地址(word版本):某某倡议书范文.doc",
    "某某景区 浏览：1234 次 时间2019-09-17",
    "阅读: 12 评论: 3",
    "总共: 1页",
    "关注更新",
    "导语 为做好某某工作,某某镇发布通知,详情如下。",
    "温馨提示:微信搜索公众号某某本地宝,关注后回复【疫情】可获最新消息",
    "字号调整:",
    "• 点击下载 附件:某某通知(1).doc 大小: 27KB 下载: 所需积分:0分",
    "图片描述",
    '">',
    "??????????????????",
    "??????????????????通讯员:某某某",
    "Baidu",
    "黨建工作 Party Building",
    "(某某办公室 张某供稿)",
    "（管理中心 李某 供稿）",
    "(某某走访系列报道之三)",
    "圖片摘選至《某某時(shí)報(bào)》",
    "閩公網(wǎng)安備35010502000000號(hào)",
    "时间:Jun 30, 2016 8:53:00 AM",
    "- 时间:2013-05-23",
    "- 点击:5684",
]


def texts(lines: list[str]) -> list[str]:
    return [line.text for line in clean(lines).lines if line.text]


@pytest.mark.parametrize("line", CHROME)
def test_the_line_goes_and_the_text_stays(line: str) -> None:
    out = texts([TITLE, "", line, "", *BODY])
    assert out[0] == TITLE
    assert out[1:] == BODY, out


@pytest.mark.parametrize("line", [
    "会议到这里就结束了，谢谢大家。",
    "时间：2013年5月23日上午9时",
    "本篇报告主题是乡村振兴，分为三个部分。",
    "请大家关注更新的防控措施。",
    "附件：某某名单",
])
def test_a_text_line_alike_stays(line: str) -> None:
    assert line in texts([TITLE, "", *BODY, line])


NEWS = ["某某中学举行春季运动会，师生同场竞技", "", "王某", "",
        "3月23日上午，某某中学春季运动会在学校体育场开幕，全校师生两千余人参加了开幕式。",
        "本次运动会设田径、球类等项目，历时两天。"]


def test_a_writer_alone_under_a_headline_goes() -> None:
    out = texts(NEWS)
    assert "王某" not in out
    assert out[0] == NEWS[0] and NEWS[4] in out and NEWS[5] in out


def test_a_speaker_under_a_speech_title_stays() -> None:
    speech = ["在某某工作会议上的讲话", "张某", "（2024年3月1日）", "同志们：",
              "今天召开这次会议，主要任务是总结去年工作，部署今年任务。"]
    assert "张某" in texts(speech)
