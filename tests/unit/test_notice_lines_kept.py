"""Lines of a notice's own text that look like a page's furniture at a glance: a sentence that
quotes a title with ``<……>`` in it (no breadcrumb), a notice's parts headed in brackets
(``【放假时间】``, no field of a legal database's record), and a signature whose body's name a
copy site replaced by its address."""

from __future__ import annotations

import docgen
from docgen.cleaner import clean


def texts(source: str) -> list[str]:
    speech = docgen.parse_text(source)
    return [block.text for block in speech.blocks]


def test_a_sentence_quoting_a_title_with_angle_brackets_is_no_breadcrumb():
    intro = "节假日安排已经确定，根据国务院《关于修改<全国年节及纪念日放假办法>的决定》，现将放假安排通知如下："
    out = texts(f"关于清明节放假的通知\n\n{intro}\n一、4月4日至6日放假，共3天。\n特此通知。\n")
    assert out[0] == intro
    crumb = texts("关于清明节放假的通知\n首页 > 通知公告 > 正文\n现将放假安排通知如下。\n")
    assert "首页 > 通知公告 > 正文" not in crumb


def test_a_notices_parts_headed_in_brackets_stay_and_a_databases_fields_go():
    lines = ["亲爱的家长朋友们：", "现将国庆节放假安排通知如下，敬请家长配合。", "【放假时间】", "10月1日至7日放假。",
             "【返园时间】", "10月8日正常入园。"]
    assert [line.text for line in clean(lines).lines] == lines
    record = ["【发布部门】 某某部", "【发布日期】 2010.01.01", "【实施日期】 2010.02.01", "第一条　为了规范管理，制定本办法。"]
    assert [line.text for line in clean(record).lines] == ["第一条　为了规范管理，制定本办法。"]


def test_a_signature_named_by_a_copy_sites_address_stays_and_a_banner_goes():
    lines = ["现将放假安排通知如下：", "5月1日放假。", "此通知。", "example.com办公室", "2016年4月27日"]
    assert "example.com办公室" in [line.text for line in clean(lines).lines]
    banner = ["www.example.com 某某网", "现将放假安排通知如下：", "5月1日放假。"]
    assert "www.example.com 某某网" not in [line.text for line in clean(banner).lines]


def test_a_letter_in_a_table_cell_under_the_subject_is_no_furniture():
    """A mailbox record's letter in a table's cell, a row of empty cells after it: no row of
    furniture, and the next row is not glued on."""
    letter = "信件内容: 县长好:我村通往镇上的水泥路破损严重,行车不便。恳请领导过问一下。谢谢! |"
    source = ("信件标题:乡道维护问题 | ||\n" + letter + "\n回复内容 | |\n"
              "网友您好: 您反映的问题已经处理,已派专人对道路两侧杂草进行清理。感谢您的留言! |\n")
    out = texts(source)
    assert any("县长好：我村通往镇上的水泥路破损严重" in t for t in out)
    assert not any("县长好" in t and "回复内容" in t for t in out)


def test_an_offices_short_name_between_the_closing_formula_and_the_date_is_the_signature():
    out = texts("关于春节放假的通知\n各科室：\n一、门诊1月27日至29日放假。\n二、病房照常收治病人。\n"
                "特此通知。\n院 办\n2017年1月17日\n")
    assert "院 办" in out or "院办" in out


def test_an_offices_short_name_under_a_news_item_is_still_its_credit():
    out = [line.text for line in clean(["学校举行运动会", "全校师生参加了开幕式，比赛持续两天。", "校 办"]).lines]
    assert "校 办" not in out


def test_a_notices_opening_sentence_after_a_bullet_is_no_furniture():
    opening = "• 根据疫情防控工作安排，我市将连续三天开展全员核酸检测。为确保检测有序进行，具体事宜通告如下："
    out = texts("关于实行临时交通管制的通告\n2022-09-15 20:32:09 来源：某某市公安局交通警察大队\n"
                f"{opening}\n一、管制时间：9月16日至18日每日4时至12时。\n二、管制期间，所有车辆禁止通行。\n"
                "某某市公安局交通警察大队\n2022年9月15日\n")
    assert any("具体事宜通告如下" in t for t in out)


def test_a_bulleted_field_before_a_title_is_still_furniture():
    out = texts("• 发布时间：2022-09-15\n关于实行临时交通管制的通告\n各单位：\n管制期间，所有车辆禁止通行。\n")
    assert not any("发布时间" in t for t in out)


def test_a_cross_head_after_two_chevrons_between_paragraphs_stays():
    out = [line.text for line in clean([
        "通告指出，犯罪人员可向公安、检察院、法院等机关投案，也可以委托他人代为投案。",
        ">>链接·6种自动投案情况",
        "1.犯罪人员委托他人先代为投案，或者以信函、电话投案的。",
        "2.经亲友规劝、陪同投案的。"]).lines]
    assert ">>链接·6种自动投案情况" in out


def test_the_rest_of_a_breadcrumb_over_a_title_still_goes():
    out = [line.text for line in clean(["首页 > 政务公开", ">> 通知公告", "关于做好防汛工作的通知",
                                        "各村：", "为确保今年安全度汛，现将有关事项通知如下。"]).lines]
    assert ">> 通知公告" not in out


def test_a_numbered_item_giving_a_website_and_a_labelled_mailbox_stay():
    lines = ["现将规划草案公示如下：", "一、公示时间：2030年1月2日至2030年2月1日。",
             "二、公示方式：某某区政府网站：http://www.example.gov.cn/",
             "三、意见反馈：公示期限内，市民若有意见的，请书面反映。", "联系人：某某", "联系电话：10000000000",
             "邮箱:12345678@example.com", "感谢您的积极参与!", "某某镇人民政府", "2030年1月2日"]
    kept = [line.text for line in clean(lines).lines]
    assert "二、公示方式：某某区政府网站：http://www.example.gov.cn/" in kept
    assert any(text.startswith("邮箱") for text in kept)
    assert "某某镇人民政府" in kept
    banner = ["某某网 www.example.com", "现将规划草案公示如下：", "一、公示时间：2030年1月2日。"]
    assert "某某网 www.example.com" not in [line.text for line in clean(banner).lines]


def test_a_signature_and_date_run_on_before_a_bar_are_no_tag_links():
    order = "某某區人民政府禁火令 (2030年第1號) 區政府決定:在全區范圍內嚴禁一切野外用火。違令者,依法追究責任。"
    kept = [line.text for line in clean([f"{order} 某某區人民政府 2030年1月8日 |"]).lines]
    assert kept and kept[0].endswith("2030年1月8日")
    tags = [line.text for line in clean(["我们相约在六月。 校长致辞 新年致辞 校长寄语 |"]).lines]
    assert tags == ["我们相约在六月。"]


def test_a_sentence_quoting_a_title_whose_inner_bracket_is_a_look_alike_is_no_breadcrumb():
    intro = "根据《某某条例》和《某省实施く某某条例>办法》，经村民会议商议，现公告如下："
    out = texts(f"某某村选民登记公告\n\n第一号\n\n{intro}\n\n选民登记时间为3月1日至3月10日。\n")
    assert intro in out
    crumb = texts("某某村选民登记公告\n首页 > 《某某》专栏 > 正文\n选民登记时间为3月1日至3月10日。\n")
    assert not any("专栏" in text for text in crumb)
