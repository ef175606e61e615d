"""A notice's numbered field labels (``一、活动时间：某日至某日``) lead their line up to the colon;
colon leads beside a sibling heading with a title of its own are headings like it; a colon
lead beside as many plain numbered sentences is one of them.  Made-up notices."""

from __future__ import annotations

from helpers.structure import headings

import docgen


def test_a_field_label_with_its_value_on_the_line_is_a_run_in_lead():
    s = docgen.parse_text("某某学院关于开展健步走活动的通知\n各部门：\n"
                          "一、活动时间：3月1日至4月10日\n二、活动方式\n以部门为单位自行组织。\n")
    assert sorted(headings(s)) == ["一、活动时间：", "二、活动方式"]


def test_colon_leads_beside_a_titled_sibling_are_headings_like_it():
    s = docgen.parse_text("各分会：\n现将有关事项通知如下：\n1、比赛时间：5月下旬\n"
                          "2、比赛内容：校史、校规和安全常识等方面的基本知识。\n3、奖项设置\n"
                          "本次比赛设一等奖3个。\n")
    assert sorted(headings(s)) == ["1、比赛时间：", "2、比赛内容：", "3、奖项设置"]


def test_a_colon_lead_beside_as_many_numbered_sentences_is_one_of_them():
    s = docgen.parse_text("某某学院关于报送材料的通知\n各部门：\n"
                          "（一）请各部门于5月20日前将本部门的材料整理成文字报送学院办公室。\n"
                          "（二）联系电话：1234567。\n特此通知。\n")
    assert headings(s) == []


def test_the_provisions_of_a_reply_are_no_headings():
    s = docgen.parse_text("某某省人民政府关于同意某某县撤县设市的批复\n某某市人民政府：\n"
                          "你市《关于某某县撤县设市的请示》收悉。现批复如下：\n"
                          "一、同意撤销某某县，设立某某市。市人民政府驻某某镇。\n"
                          "二、某某市的行政区域为原某某县的行政区域。\n某某省人民政府\n2020年5月6日\n")
    assert headings(s) == []


def test_a_label_over_a_mail_address_is_a_run_in_lead_like_its_siblings():
    s = docgen.parse_text("某某局关于征求意见的公告\n一、征求意见的时间\n某年3月1日至3月31日。\n"
                          "二、意见反馈的途径\n（一）信函寄至：某某局办公室，邮编：100000。\n"
                          "（二）拨打电话：0000-1234567，反馈意见。\n（三）邮箱：someone@example.cn\n"
                          "来稿请注明姓名。\n")
    assert sorted(headings(s)) == ["一、征求意见的时间", "二、意见反馈的途径", "（一）信函寄至：",
                                   "（三）邮箱：", "（二）拨打电话："]


def test_a_numbered_field_over_a_telephone_number_keeps_the_signature_off_its_line():
    s = docgen.parse_text("某某县禁止捕捞的公告\n为保护资源，现将有关事项公告如下：\n"
                          "一、禁止捕捞的河段为某某河、某某河等三处水域，全年禁止。\n"
                          "二、禁止期间一切单位和个人不得在上述水域捕捞，违者依法处罚。\n"
                          "三、禁止期间收购销售非法捕捞的渔获物，违者依法处罚。\n"
                          "四、构成犯罪的，依法移送司法机关追究刑事责任。\n"
                          "五、禁止期间举报电话：0000-1234567\n某某县农业局\n二〇一六年三月一日\n")
    texts = [b.text for b in s.blocks]
    assert not any(t.endswith("某某县农业局") and "0000-1234567" in t for t in texts)
    assert any("0000-1234567" in t for t in texts) and any("某某县农业局" in t for t in texts)


def test_a_lead_over_a_telephone_number_is_read_with_its_series_of_fields():
    s = docgen.parse_text("某某馆开放公告\n现将有关事项公告如下：\n一、开放时间：每周二至周日9:00—17:00。\n"
                          "二、开放地点：某某路1号。\n三、预约咨询电话：0000-1234567\n")
    assert headings(s) == ["一、开放时间：", "二、开放地点：", "三、预约咨询电话："]
