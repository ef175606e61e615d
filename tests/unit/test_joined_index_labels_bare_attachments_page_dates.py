"""Lines around a text copied from a page: a field of its index named by two labels joined by a
slash, its box of attached files left empty as the text's last line, and its date of publication
under a news headline over a lead that gives the event's day.  The texts are made up for the
test in those shapes."""

from __future__ import annotations

import docgen
from docgen.shapes.meta import meta_fields

BODY = ("根据上级有关文件精神，结合本地实际，现将有关事项通告如下：",
        "一、禁止在林区内野外用火，违者依法追究责任。",
        "二、各村要加强巡山护林，发现火情及时报告。")


def parsed(*lines: str):
    return docgen.parse("\n".join(lines).encode("utf-8"), input_format="text")


def printed(doc) -> str:
    return "\n".join(block.text for block in doc.blocks if getattr(block, "text", None))


# --------------------------------------------------------------------------- two labels joined by a slash


def test_a_field_named_by_two_labels_joined_by_a_slash_is_the_index_labels():
    assert meta_fields("- 说明/文号:某政〔2031〕7号") == {"document_number": "某政〔2031〕7号"}
    assert meta_fields("备注/发布机构：某某市人民政府办公室") == {}


def test_two_words_joined_by_a_slash_before_no_index_label_are_no_field():
    assert meta_fields("甲方/乙方：某某公司") is None
    assert meta_fields("说明/注意：请按时报到") is None


def test_the_index_rows_over_an_untitled_notice_are_dropped_and_no_title():
    doc = parsed("- 索 引 号:AB0001-2031-00007", "- 说明/文号:某政〔2031〕7号", "- 发布机构:某某市人民政府办公室",
                 *BODY, "某某市人民政府", "2031年1月9日")
    assert not doc.meta.title
    assert "文号" not in printed(doc) and doc.meta.document_number == "某政〔2031〕7号"


# --------------------------------------------------------------------------- an empty box of attachments


def test_an_attachment_label_alone_as_the_last_line_is_dropped():
    news = ("3月2日，某某研究所召开中心组学习会，集体学习有关讲话精神，讨论贯彻落实举措。",
            "所长某某某主持会议并讲话，要求大家把学习成果转化为推动工作的实际成效。")
    doc = parsed(news[0], "", news[1], "", "附件:")
    assert "附件" not in printed(doc) and news[1].split("，")[0] in printed(doc)


def test_an_attachment_label_alone_under_a_text_that_cites_its_attachments_is_kept():
    doc = parsed("关于报送年度计划的通知", "各单位：", "请于3月底前报送年度工作计划，具体要求见附件。", "附件：")
    assert "附件" in printed(doc).splitlines()[-1]


def test_an_attachment_label_over_its_files_is_kept():
    doc = parsed("关于报送年度计划的通知", "各单位：", "请于3月底前报送年度工作计划，具体要求见附件。",
                 "附件：", "1.年度工作计划表", "某某办公室", "2031年3月1日")
    assert "附件" in printed(doc)


# --------------------------------------------------------------------------- the page's date under a headline


LEAD = ("5月8日，市文化局副局长某某某一行到我县就文化事业发展情况进行调研。",
        "座谈中，副县长某某对某某一行的到来表示欢迎，并介绍了全县文化事业的发展情况。")


def test_a_date_under_a_news_headline_over_a_lead_with_the_day_is_the_pages():
    doc = parsed("市文化局副局长某某某一行到我县调研", "", "2031年5月10日", "", *LEAD)
    assert doc.meta.date is None and doc.meta.published == "2031年5月10日"
    assert doc.meta.title == "市文化局副局长某某某一行到我县调研"


def test_a_date_under_a_speech_or_a_document_is_its_own():
    speech = parsed("在全县文化工作会议上的讲话", "2031年5月10日", "同志们：", "今天我们召开全县文化工作会议。")
    assert speech.meta.date == "2031年5月10日"
    news = parsed("某某县文化事业蓬勃发展", "2031年5月10日", "近年来，某某县文化事业取得了长足发展，群众满意度不断提高。")
    assert news.meta.date == "2031年5月10日"  # no day in its lead: the date stays the text's
