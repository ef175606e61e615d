"""Labels, notes and prompts that pages print around a text: a credit whose role stands in
square brackets without a colon, a date widget's label and an item link's label left alone, a
stock picture's note, a channel's slogan sending the reader to its account, a portal's rights
notice that opens with 凡注有, a content farm's note on what its text aims at, a category with its
count run on, and a QR prompt that opens the screen in view.  The texts are made up for the test
in those shapes."""

from __future__ import annotations

import pytest

import docgen
from docgen.shapes.chrome import family_of

SCOPES = ("line", "page")
BODY = ("近日，某某县召开全县农业工作会议，总结去年工作，部署今年任务，各乡镇主要负责同志参加会议。",
        "会议要求，各单位要提高认识，压实责任，认真抓好各项任务的落实，确保全年目标顺利完成。")


def parsed(*lines: str):
    return docgen.parse("\n".join(lines).encode("utf-8"), input_format="text")


def printed(doc) -> str:
    return "\n".join(block.text for block in doc.blocks if getattr(block, "text", None))


# --------------------------------------------------------------------------- a role in brackets


@pytest.mark.parametrize("line", ["[信息提供]某某处", "【供稿】某某学院办公室", "［责任编辑］张某某"])
def test_a_credit_with_its_role_in_square_brackets_is_chrome(line):
    assert family_of(line, SCOPES) is not None, line


@pytest.mark.parametrize("line", ["[信息提供]请各单位于周五前报送。", "【编辑】", "[信息公开]"])
def test_a_bracketed_role_without_a_name_or_with_a_sentence_is_no_credit(line):
    assert family_of(line, SCOPES) is None, line


def test_the_credit_rows_under_a_notice_are_not_printed():
    doc = parsed(*BODY, "[责任编辑]王某某", "[信息提供]某某办")
    assert "某某办" not in printed(doc) and "王某某" not in printed(doc)
    assert BODY[1] in printed(doc)


# --------------------------------------------------------------------------- a date widget's label


def test_a_date_widgets_label_left_alone_is_chrome_and_no_title():
    assert family_of("当前日期", SCOPES) is not None
    doc = parsed("当前日期", *BODY)
    assert doc.meta.title is None
    assert "当前日期" not in printed(doc)


def test_a_sentence_on_the_current_date_is_kept():
    assert family_of("当前日期已过，报名截止。", SCOPES) is None


# --------------------------------------------------------------------------- an item link's label


@pytest.mark.parametrize("line", ["详情", "查看详情 >>"])
def test_an_item_links_label_alone_is_chrome(line):
    assert family_of(line, SCOPES) is not None, line


@pytest.mark.parametrize("line", ["详情见附件。", "详情请咨询某某办公室", "详情页"])
def test_a_line_that_speaks_of_details_is_kept(line):
    assert family_of(line, SCOPES) is None, line


# --------------------------------------------------------------------------- a stock picture's note


@pytest.mark.parametrize("line", ["(资料图片仅供参考)", "（图片仅供参考）", "(配图,仅供参考)"])
def test_a_stock_pictures_note_alone_in_brackets_is_chrome(line):
    assert family_of(line, SCOPES) is not None, line


@pytest.mark.parametrize("line", ["（以上数据仅供参考）", "资料图片仅供参考，请以实物为准。"])
def test_a_note_that_is_no_pictures_or_no_caption_is_kept(line):
    assert family_of(line, SCOPES) is None, line


def test_the_headline_over_a_stock_pictures_note_is_the_title():
    doc = parsed("某某商会在某市成立", "", "(资料图片仅供参考)", "", *BODY)
    assert doc.meta.title == "某某商会在某市成立"
    assert "仅供参考" not in printed(doc)


# --------------------------------------------------------------------------- a channel's slogan


@pytest.mark.parametrize("line", ["看某地新闻，关注某某网某地频道微信", "看某市新聞,關注某某頻道微信"])
def test_a_channels_slogan_sending_the_reader_to_its_account_is_chrome(line):
    assert family_of(line, SCOPES) is not None, line


def test_a_sentence_on_reading_the_news_is_kept():
    assert family_of("看新闻，关注时事，是我们的好习惯。", SCOPES) is None


# --------------------------------------------------------------------------- a portal's rights notice


@pytest.mark.parametrize("line", [
    '凡注有 "某某网某地频道" 或电头为 "某某网某地频道" 的稿件,均为 某某网某地频道独家 版权所有,'
    '未经许可不得转载或镜像;授权转载必须注明来源为 "某某网某地频道" ,并保留 "某某网某地频道" 的电头。'
    '投稿邮箱:news@example.com',
    "凡註有某某網電頭的稿件，均為某某網獨家所有，未經許可不得轉載。",
])
def test_a_rights_notice_on_the_items_marked_as_the_sites_own_is_chrome(line):
    assert family_of(line, SCOPES) is not None, line


def test_a_rule_on_marked_goods_is_kept():
    assert family_of("凡注有保质期的商品，过期后不得销售。", SCOPES) is None


# --------------------------------------------------------------------------- a content farm's note


def test_a_note_on_what_the_text_above_aims_at_is_chrome():
    line = "以上内容旨在倡导大家节约用电,养成绿色习惯。希望每一位居民都能行动起来,共建美好家园。"
    assert family_of(line, SCOPES) is not None


@pytest.mark.parametrize("line", ["以上措施旨在减轻企业负担。希望各部门抓好落实。", "以上内容旨在说明办理流程。"])
def test_a_texts_own_words_on_its_measures_are_kept(line):
    assert family_of(line, SCOPES) is None, line


# --------------------------------------------------------------------------- a category and its count


@pytest.mark.parametrize("line", ["演讲稿2.35W", "讀後感3.1K"])
def test_a_category_with_its_shortened_count_run_on_is_chrome(line):
    assert family_of(line, SCOPES) is not None, line


@pytest.mark.parametrize("line", ["额定功率1.5W", "书信函1.66万份", "产量增长2.5万吨"])
def test_a_measure_or_a_count_in_a_text_is_kept(line):
    assert family_of(line, SCOPES) is None, line


# --------------------------------------------------------------------------- a QR prompt


@pytest.mark.parametrize("line", ["手机扫一扫打开当前界面", "微信扫码查看当前页面"])
def test_a_prompt_to_open_the_screen_in_view_on_a_phone_is_chrome(line):
    assert family_of(line, SCOPES) is not None, line


def test_a_sentence_that_asks_to_scan_and_do_more_is_kept():
    assert family_of("手机扫一扫打开当前界面即可报名。", SCOPES) is None
