"""Leftovers of news, company and 范文 pages copied as text (all written for the tests): empty
byline rows, content labels, font-size rows, reading-length notes, 范文 prefaces, site slogans,
providers' contact lines, contact-form notes, image data, a news client's name, a bracketed
credit with the writer's post, and an empty byline or a next-item link run on after the text."""

from __future__ import annotations

import docgen
from docgen.model import Speech

HEADLINE = "某某医院举行新春座谈会"
FIRST = "3月1日,某某医院举行新春座谈会,医院领导与职工代表欢聚一堂,共话发展。"
SECOND = "与会人员表示,将在新的一年里继续努力,为群众提供更好的医疗服务。"


def _parse(text: str) -> Speech:
    return docgen.parse(text.encode("utf-8"), input_format="text")


def _texts(speech: Speech) -> list[str]:
    return [block.text for block in speech.blocks if hasattr(block, "text")]


def _joined(speech: Speech) -> str:
    return "\n".join([*_texts(speech), speech.meta.title or ""])


def test_header_rows_and_labels_are_dropped_and_the_headline_is_the_title() -> None:
    page = "\n".join([
        "某某文案网—你身边的文案专家", HEADLINE, "作者: 信息來源: |", "核发:admin 收藏本页",
        "设置字体大小：【大 中 小】 【打印】 【页面调色板 】", "【瀏覽字體:大 中 小】", "詳細(xì)內(nèi)容",
        "本篇文章572字,读完约1分钟", "导读", "", FIRST, SECOND])
    speech = _parse(page)
    assert speech.meta.title == HEADLINE
    joined = _joined(speech)
    for chrome in ("文案专家", "作者", "admin", "字体", "字體", "xì", "读完", "导读"):
        assert chrome not in joined, chrome
    assert any(text.startswith("3月1日，某某医院") for text in _texts(speech))
    assert any(text.startswith("与会人员表示") for text in _texts(speech))


def test_notes_credits_and_image_data_around_the_text_are_dropped() -> None:
    page = "\n".join([
        HEADLINE,
        "前言:本站为你精心整理了某某仪式上的致辞范文,希望能为你的创作提供参考价值,欢迎咨询",
        '<image>data:image/png;base64,iVBORw0KGgo=" alt=""</image>',
        FIRST, SECOND,
        "(某某街道某某社区村指导员 张某某)",
        "某某市新闻客户端某知道",
        "文件提供:某某律师事务所 网址:www.example.com;电邮:a@example.com;电话:010-",
        "受理本司相关的咨询、意见、建议、投诉等事宜,请填写真实个人信息,以便于沟通联络。"])
    joined = _joined(_parse(page))
    for chrome in ("本站为你", "data:image", "指导员", "客户端", "律师事务所", "受理本司"):
        assert chrome not in joined, chrome
    assert "与会人员表示" in joined


def test_a_next_item_link_or_an_empty_byline_run_on_goes_and_the_paragraph_stays() -> None:
    page = "\n".join([HEADLINE, FIRST, SECOND + " 下条新闻:某某公园展新姿"])
    texts = _texts(_parse(page))
    assert not any("下条新闻" in text for text in texts)
    assert texts[-1].startswith("与会人员表示") and texts[-1].endswith("医疗服务。")
    notice = "\n".join(["各单位:", FIRST, "某某市人民政府办公室 2013年12月27日 作者: 信息來源: |"])
    joined = "\n".join(_texts(_parse(notice)))
    assert "作者" not in joined and "2013年12月27日" in joined


def test_a_request_to_fill_in_true_details_in_a_notice_stays() -> None:
    line = "报名时请填写真实个人信息，以便联系。"
    assert line in "\n".join(_texts(_parse("\n".join([HEADLINE, FIRST, line]))))
