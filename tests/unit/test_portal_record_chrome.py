"""Chrome of news, government, mailbox and online-reference pages as a browser's text of the page
keeps it, in either punctuation width: a row of the site's links run together, a bulleted
attachment label with nothing after it, a reference site's search prompt, labels and count of
entries, a credit of an institution and its writer in brackets, a mailbox record's table rows, a
portal's hotline, and a byline with its source, author and view-count fields.  The texts are
written for the tests."""

from __future__ import annotations

import pytest
from helpers.cleaning import kept

from docgen.shapes.chrome import family_of

BODY = ("今年以来，某某县坚持以人民为中心的发展思想，扎实推进各项民生工程，群众获得感明显增强。\n\n"
        "下一步，该县将继续完善公共服务体系，努力为群众办好更多实事。\n")

CHROME_LINES = [
    "投稿信箱  回到首页  加入收藏联系我们",
    "● 附件：",
    "请输入你要查询的成语:",
    "本站收录56789条成语知识,是一部内容开放的电子版词典。",
    "（某某区检察院 王某某）",
    "|---|---|",
    "受理时间：2031-02-03 09:00 ｜ 受理部门：某某街道 ｜",
    "答复内容：",
    "某某醫院咨詢熱線:0000-0000000",
    "某某在线 2031-04-05 08:30 来源:某某在线 作者:赵某 浏览:",
]


@pytest.mark.parametrize("line", CHROME_LINES)
def test_a_line_of_such_chrome_is_recognised(line: str) -> None:
    assert family_of(line, ("line", "page")) is not None, line



def test_the_chrome_goes_and_the_text_stays() -> None:
    page = ("某某县民生工程见实效\n某某在线 2031-04-05 08:30 来源:某某在线 作者:赵某 浏览:\n" + BODY
            + "（某某区检察院 王某某）\n● 附件：\n某某醫院咨詢熱線:0000-0000000\n")
    texts = kept(page)
    assert not any(t.startswith(("某某在线", "（某某区", "●", "某某醫院")) for t in texts), texts
    assert any(t.startswith("今年以来") for t in texts)
    assert any(t.startswith("下一步") for t in texts)


@pytest.mark.parametrize("line", [
    "回复内容：已转交某某镇办理，请耐心等待。",
    "请输入您要查询的内容后点击提交，系统将在三个工作日内答复。",
    "该库共收录1200条案例。",
    "（某某县法院）",
    "如有疑问请拨打咨询热线：000-00000000。",
])
def test_text_that_looks_alike_is_kept(line: str) -> None:
    assert family_of(line, ("line",)) is None, (line, family_of(line, ("line",)))


def test_a_portals_channel_run_into_the_first_paragraph_is_cut_off() -> None:
    page = ("某某健康網 某某兒科頻道:按照市衛健委的通知要求,某某醫院立即組織人員部署宣傳工作,取得良好效果。\n"
            "下一步,醫院將繼續做好相關工作。\n")
    texts = kept(page)
    assert texts[0].startswith("按照市衛健委"), texts
    assert all("頻道" not in t for t in texts), texts


def test_a_channel_named_inside_a_sentence_stays() -> None:
    line = "记者从某某网 新闻频道:获悉,本次活动共吸引了三千余名市民参与,反响热烈。"
    texts = kept("今年某某市开展了读书月活动。" + line + "\n")
    assert "记者从某某网" in "".join(texts) and "新闻频道" in "".join(texts), texts


def test_a_keywords_and_summary_teaser_over_the_text_is_dropped() -> None:
    teaser = ("某某,某某网,某某百年纪念,2031年5月1日上午,某某研究会第一届会员大会召开。"
              "大会选举张某为会长,会长张某在会上发表")
    texts = kept("张某当选某某研究会会长后的讲话\n" + teaser + "\n" + BODY)
    assert teaser not in texts and not any(t.startswith("某某,") for t in texts), texts
    assert any(t.startswith("今年以来") for t in texts)
