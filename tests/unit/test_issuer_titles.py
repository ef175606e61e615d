"""An issuing body's name and a ``关于……`` title: the document's own title under a page heading
that shortens it, a title set over lines that breaks after ``关于``, and a body's name set apart
above the title as the document's 版头.  Each case is made up for the test in the shape real
pages and copies have."""

from __future__ import annotations

import docgen
from docgen.model import Meta

BODY = "为做好今年的相关工作，经研究，现将有关事项通知如下。"
SALUTATION = "各县（区）农业农村局，局属各单位："


def parsed(*lines: str):
    return docgen.parse("\n".join(lines).encode("utf-8"), input_format="text")


def test_the_documents_own_title_with_its_issuer_wins_over_the_page_heading_that_shortens_it():
    speech = parsed("关于做好秋季农作物病虫害防治工作的通知", "",
                    "某农综〔2021〕7号", "",
                    "某某市农业农村委员会关于做好", "",
                    "秋季农作物病虫害防治工作的通知", "",
                    SALUTATION, BODY)
    assert speech.meta.title == "某某市农业农村委员会关于做好秋季农作物病虫害防治工作的通知"
    assert speech.meta.document_number == "某农综〔2021〕7号"
    assert speech.blocks[0].text == SALUTATION


def test_a_title_line_that_breaks_after_guanyu_is_no_repeat_of_the_page_heading():
    # the rest of the title under ``……关于`` repeats the heading above: it is the title's end
    speech = parsed("对某某镇等5个单位予以表彰的决定", "",
                    "某农综〔2021〕8号", "",
                    "某某市农业农村委员会关于", "",
                    "对某某镇等5个单位", "",
                    "予以表彰的决定", "",
                    SALUTATION, BODY)
    assert speech.meta.title == "某某市农业农村委员会关于对某某镇等5个单位予以表彰的决定"
    assert all("关于" not in getattr(b, "text", "") for b in speech.blocks)


def test_a_bodys_name_set_apart_above_a_guanyu_title_is_the_issuer_not_the_titles_start():
    speech = parsed("某某市农业农村局", "", "", "", "关于开展春季植树活动的通知", "", SALUTATION, BODY)
    assert speech.meta.title == "关于开展春季植树活动的通知"
    assert speech.meta.issuer == "某某市农业农村局"


def test_a_bodys_name_right_over_its_guanyu_title_is_the_titles_first_line():
    speech = parsed("某某市农业农村局", "关于开展春季植树活动的通知", "", SALUTATION, BODY)
    assert speech.meta.title == "某某市农业农村局关于开展春季植树活动的通知"


def test_a_bodys_name_over_a_guanyu_title_signed_by_that_body_is_the_titles_first_line():
    speech = parsed("某某县总工会", "", "关于开展职工健步走活动的通知", "", SALUTATION, "", BODY, "",
                    "某某县总工会", "", "2018年4月10日")
    assert speech.meta.title == "某某县总工会关于开展职工健步走活动的通知"


def test_another_bodys_name_over_a_guanyu_title_is_the_sites_banner_not_the_titles_start():
    # the portal heads the department's pages with its present name; the notice is signed by
    # the body under its older name: the banner is no part of the title, nor of the text
    speech = parsed("某某市农业农村局", "", "关于开展耕地轮作调研的通知", "", SALUTATION, "", BODY, "",
                    "某某市农业局", "", "2018年10月11日")
    assert speech.meta.title == "关于开展耕地轮作调研的通知"
    assert all(getattr(b, "text", "") != "某某市农业农村局" for b in speech.blocks)


def test_a_dateline_announcing_the_text_under_it_is_the_agencys_line_over_the_title():
    speech = parsed("某某社某某市5月20日电　某某省省长在某某博览会开幕式上的致辞全文如下：", "",
                    "携手共进新时代　合作共赢新未来", "——在某某博览会开幕式上的致辞", "",
                    "女士们，先生们：", "很高兴在美丽的某某市与大家相聚，共商合作发展大计。")
    assert speech.meta.title == "携手共进新时代　合作共赢新未来"
    assert speech.meta.subtitle == "——在某某博览会开幕式上的致辞"
    assert all("如下" not in getattr(b, "text", "") for b in speech.blocks)


def test_the_title_field_a_scraper_writes_over_the_text_gives_the_title_without_its_label():
    speech = parsed("title: 某某市2023年度农业农村工作情况通报", "",
                    "今年以来，全市农业农村工作稳中有进，粮食生产再获丰收。")
    assert speech.meta.title == "某某市2023年度农业农村工作情况通报"


def test_the_label_of_a_lists_first_group_is_no_title_when_another_group_restarts_the_numbering():
    speech = parsed("初一安全教育",
                    "1、利用班会课开展交通安全教育，检查时间：3月5日。",
                    "2、组织各班出一期安全主题黑板报。",
                    "初二法治教育",
                    "1、邀请法治副校长到校开展专题讲座。",
                    "2、组织观看一部法治教育影片，写一篇观后感。")
    assert speech.meta.title is None
    assert speech.blocks[0].text == "初一安全教育"


def test_a_short_title_over_a_single_numbered_list_is_still_the_title():
    speech = parsed("春季运动会安排",
                    "1、利用班会课开展交通安全教育，检查时间：3月5日。",
                    "2、组织各班出一期安全主题黑板报。")
    assert speech.meta.title == "春季运动会安排"


HEADER_BLOCK = ("---", "标题: 关于开展春季植树活动的通知", "---", "")


def test_the_text_printing_the_header_blocks_title_with_its_issuer_gives_the_whole_title():
    speech = parsed(*HEADER_BLOCK, "某农综〔2021〕9号", "某某市农业农村委员会", "关于开展春季植树活动的通知", "",
                    SALUTATION, BODY)
    assert speech.meta.title == "某某市农业农村委员会关于开展春季植树活动的通知"


def test_the_header_blocks_title_still_wins_over_another_title_of_the_text():
    speech = parsed(*HEADER_BLOCK, "关于做好春季防火工作的通知", "", SALUTATION, BODY)
    assert speech.meta.title == "关于开展春季植树活动的通知"
    given = docgen.parse("\n".join((*HEADER_BLOCK, "某某市农业农村委员会", "关于开展春季植树活动的通知", "",
                                    SALUTATION, BODY)).encode("utf-8"), input_format="text",
                         overrides=Meta(title="植树通知"))
    assert given.meta.title == "植树通知"


OTHER_TEXT = ("        各单位要加强协作，确保各项任务落到实处。",
              "让我们携手并进，共创美好未来！倡议人：某某协会2024年5月6日")


def test_a_markdown_title_under_the_tail_of_another_text_is_the_title_and_that_tail_is_kept():
    speech = parsed(*OTHER_TEXT, "# 在某某协会第一次会员大会上的讲话", "同志们：",
                    "今天，我们在这里隆重召开某某协会第一次会员大会。")
    assert speech.meta.title == "在某某协会第一次会员大会上的讲话"
    texts = [getattr(b, "text", "") for b in speech.blocks]
    assert texts[0] == OTHER_TEXT[0].strip() and "倡议人" in texts[1]
    assert not any("会员大会上的讲话" in t for t in texts)
    warned = [d for d in speech.diagnostics if d.code == "text-above-title"]
    assert len(warned) == 1 and warned[0].line == 1 and "2 line(s)" in warned[0].message


def test_one_of_several_markdown_headings_under_prose_is_no_title():
    speech = parsed(*OTHER_TEXT, "# 工作要求", "各单位要提高认识，认真抓好落实。", "# 保障措施", "加强组织领导。")
    assert speech.meta.title is None
