"""Numbered lines with no text under them are the lines of a list, not headings: a heading has
text under it.  Made-up notices."""

from __future__ import annotations

import pytest
from helpers.structure import headings

import docgen
from docgen.model import Paragraph


def test_a_line_over_its_next_sibling_in_a_list_of_sentences_is_no_heading():
    s = docgen.parse_text("关于开展道路命名征集活动的通知\n各单位：\n现将有关事项通知如下：\n"
                          "一、征集时间及方式\n1、征集截止日期为6月30日之\n"
                          "2、征集方案统一采取电子投稿方式，将填写的征集表发至办公室邮箱，"
                          "文件以姓名为文件名称进行标注。\n"
                          "二、评选办法\n由评审组选出最佳名称。\n")
    assert headings(s) == ["一、征集时间及方式", "二、评选办法"]


def test_short_headings_with_text_under_them_stay_headings():
    s = docgen.parse_text("关于开展道路命名征集活动的通知\n各单位：\n现将有关事项通知如下：\n"
                          "一、征集范围\n1、东环路\n全长三公里。\n2、滨河路\n全长五公里。\n3、工业路\n全长两公里。\n"
                          "二、征集方式\n请将建议发至办公室邮箱。\n")
    assert "1、东环路" in headings(s) and "3、工业路" in headings(s)


def test_a_sentence_over_a_table_among_titled_siblings_is_no_heading():
    s = docgen.parse_text("关于举办迎新春书画比赛的通知\n各部门：\n一、活动主题\n喜迎新春。\n"
                          "二、参加人员\n全体职工。\n三、奖项设置\n设一等奖一名。\n"
                          "四、各部门于1月5日前将作品报办公室。\n作品分配表\n部门 | 件数\n办公室 | 2\n")
    assert headings(s) == ["一、活动主题", "二、参加人员", "三、奖项设置"]


def test_a_sentence_over_its_own_paragraph_among_titled_siblings_stays_a_heading():
    s = docgen.parse_text("关于举办迎新春书画比赛的通知\n各部门：\n一、活动主题\n喜迎新春。\n"
                          "二、参加人员\n全体职工。\n三、奖项设置\n设一等奖一名。\n"
                          "四、作品要及时报送。\n各部门于1月5日前将作品报办公室。\n")
    assert "四、作品要及时报送。" in headings(s)


def test_a_lone_number_one_sentence_is_no_heading():
    s = docgen.parse_text("关于开展道路命名征集活动的通知\n各单位：\n一、征集要求\n1、可按道路的走向命名。\n"
                          "2名称要简明易记，原则上不超过4个字。\n二、评选办法\n由评审组选出最佳名称。\n")
    assert headings(s) == ["一、征集要求", "二、评选办法"]


def test_a_sentence_over_its_subheadings_among_titled_siblings_stays_a_heading():
    s = docgen.parse_text("关于举办迎新春书画比赛的通知\n各部门：\n一、活动主题\n喜迎新春。\n"
                          "二、参加人员\n全体职工。\n三、奖项设置\n设一等奖一名。\n"
                          "四、作品要及时报送。\n（一）报送时间\n1月5日前。\n")
    assert "四、作品要及时报送。" in headings(s)


def test_names_one_under_the_other_before_the_next_section_are_a_list():
    s = docgen.parse_text("关于开展楼宇命名征集活动的通知\n各科室：\n现将有关事项通知如下：\n"
                          "一、征集时间\n征集截止日期为7月15日。\n二、征集命名的楼宇\n"
                          "1、综合楼\n2、原内科楼\n3、原门诊楼（现设有食堂、发热门诊）\n"
                          "三、评选办法\n由专家选出最具特色的名称。\n")
    assert headings(s) == ["一、征集时间", "二、征集命名的楼宇", "三、评选办法"]
    lines = [b.text for b in s.blocks if isinstance(b, Paragraph)]
    assert "1、综合楼" in lines and "3、原门诊楼（现设有食堂、发热门诊）" in lines


def test_a_list_of_names_at_the_end_of_the_text_is_a_list():
    s = docgen.parse_text("关于公布优秀班组名单的通知\n各车间：\n一、评选情况\n经评审，评出优秀班组两个。\n"
                          "二、优秀班组名单\n（一）一车间甲班\n（二）二车间乙班\n")
    assert headings(s) == ["一、评选情况", "二、优秀班组名单"]


def test_three_names_with_the_parents_text_going_on_after_them_are_a_list():
    # The heading after the list lost its number: the paragraph after the last name is no text
    # of that name, since its siblings head none.
    s = docgen.parse_text("关于开展楼宇命名征集活动的通知\n各科室：\n一、征集命名的楼宇\n"
                          "1、综合楼\n2、内科楼\n3、外科楼\n、征集要求\n名称要简明易记。\n"
                          "二、评选办法\n由专家选出最具特色的名称。\n")
    assert "1、综合楼" not in headings(s) and "3、外科楼" not in headings(s)


def test_two_titles_with_text_only_under_the_second_stay_headings():
    s = docgen.parse_text("关于举办运动会的通知\n各部门：\n一、活动时间\n二、活动地点\n"
                          "地点另行通知，时间为5月1日。\n三、参加人员\n全体职工。\n")
    assert "一、活动时间" in headings(s) and "二、活动地点" in headings(s)


def test_headings_over_their_subheadings_are_no_list():
    s = docgen.parse_text("关于做好防汛工作的意见\n一、总体要求\n（一）指导思想\n坚持人民至上。\n"
                          "（二）工作目标\n确保安全度汛。\n二、主要任务\n（一）加强监测\n做好预报。\n"
                          "（二）落实责任\n明确到人。\n")
    assert headings(s) == ["一、总体要求", "（一）指导思想", "（二）工作目标", "二、主要任务",
                           "（一）加强监测", "（二）落实责任"]


def test_first_layer_sentences_leading_into_their_own_lower_lists_head_them():
    s = docgen.parse_text("某某单位关于国庆节放假的通知\n各科室：\n现将放假安排通知如下：\n"
                          "一、2024年国庆节，单位决定放假7天，具体安排如下：\n（一）10月1日至7日放假。\n"
                          "（二）10月8日起正常上班。\n二、放假期间，值班室24小时值守，具体安排如下：\n"
                          "（一）白天由办公室值班。\n（二）夜间由保卫科值班。\n请各科室做好安排。\n")
    assert headings(s) == ["一、2024年国庆节，单位决定放假7天，具体安排如下：",
                           "二、放假期间，值班室24小时值守，具体安排如下："]


def test_deeper_sentences_leading_into_their_lists_and_short_labels_stay_items():
    s = docgen.parse_text("某某工作方案\n一、工作分工\n"
                          "1.居住区的申报单位为物业公司，由居委落实管理，具体工作如下：\n（1）做好登记。\n（2）做好清运。\n"
                          "2.商铺的申报单位为经营户，由网格落实管理，具体工作如下：\n（1）做好申报。\n（2）做好核查。\n")
    assert headings(s) == ["一、工作分工"]


def test_a_lead_naming_a_part_of_the_rules_heads_its_paragraph_among_numbered_sentences():
    s = docgen.parse_text("为规范会议管理，特制定《某某会议》管理办法。\n"
                          "一、《某某会议》是由单位领导主持召开、多个部门参加的会议。\n"
                          "二、《某某会议》申报程序。由会务部门填写申请表，向办公室提出书面申请。\n"
                          "三、已经公布的会议，原则上要严格按照安排中的时间和地点执行。\n"
                          "四、未安排的会议，原则上不另行安排。\n")
    assert headings(s) == ["二、《某某会议》申报程序。"]
    s = docgen.parse_text("为规范会议管理，特制定本办法。\n一、会议由领导主持召开，多个部门参加。\n"
                          "二、会议要提前申报。由会务部门填写申请表，向办公室提出申请。\n"
                          "三、已经公布的会议，原则上要严格执行。\n四、未安排的会议，原则上不另行安排。\n")
    assert headings(s) == []


def test_numbered_sentences_over_field_lines_are_items_not_headings():
    """Each numbered sentence has the fields of its item under it (``停电时间：``): items of a
    notice, not headings over paragraphs."""
    s = docgen.parse_text("某某供电公司停电通知\n"
                          "1、接某某镇政府通知，因镇区线路改造需进行施工，需停电作业。\n"
                          "停电时间：2031年5月6日8:00-12:00。\n停电范围：某某镇镇区。\n"
                          "2、接某某变电站通知，主变需检修维护，部分线路无法供电。\n"
                          "停电时间：2031年5月7日9:00-17:00。\n停电范围：某某村、某某小区。\n"
                          "请各位用户提前做好准备，敬请谅解。\n")
    assert headings(s) == []


def test_the_last_line_of_a_list_of_clauses_that_lost_its_semicolon_is_no_heading():
    s = docgen.parse_text("某某镇政府信息公开指南\n"
                          "一、公开范围\n1、镇政府领导名单；\n2、工作机构及其主要职责；\n3、财政预算、决算报告；\n"
                          "4、其他需要公开的文件等\n"
                          "二、申请渠道\n申请人可通过网站提交申请。\n")
    assert headings(s) == ["一、公开范围", "二、申请渠道"]


REPORTING = ("某某区违法建设举报办法\n1. 拨打12345热线进行举报；\n2. 登录区政府网站留言进行举报；\n3. 电话举报：\n"
             "区城管局举报电话：\n0571-0000000\n区住建局举报电话：\n0571-1111111\n"
             "对举报人的信息，有关部门将依法严格保密。\n")


def test_a_label_closing_a_list_over_lines_of_its_own_beside_a_heading_sibling_is_a_heading():
    # 3. heads the lines under it, as 4. heads its paragraph: the labels are a layer of headings
    s = docgen.parse_text(REPORTING + "4. 奖励办法：\n经查实的举报，按规定给予举报人奖励。\n")
    assert headings(s) == ["3. 电话举报：", "4. 奖励办法："]


def test_a_label_closing_a_list_of_plain_sentences_is_the_text_of_its_item():
    s = docgen.parse_text(REPORTING)
    assert headings(s) == []


def test_a_first_item_run_together_with_its_sibling_on_one_line_is_no_heading():
    s = docgen.parse_text("关于某某路段封闭施工的通告\n为保证施工安全，现将有关事项通告如下：\n"
                          "（一）封闭时间：2024年5月1日至6月30日；（二）封闭期间，过往车辆绕行某某路。\n特此通告。\n")
    assert headings(s) == []


def test_a_later_item_run_on_after_its_sibling_keeps_the_series_headings():
    # （一） stands on a line of its own: （三） run on after （二）'s text is a lost line break
    s = docgen.parse_text("关于开展主题活动的通知\n各支部：\n一、相关要求\n（一）认真部署安排。各支部要按时组织学习。\n"
                          "（二）严肃活动纪律。各支部要严守纪律。（三）及时记录总结。各支部要做好记录。\n")
    assert "（一）认真部署安排。" in headings(s) and "（二）严肃活动纪律。" in headings(s)


def test_a_short_enumerated_sentence_among_plain_enumerated_sentences_is_no_heading():
    s = docgen.parse_text("某某会议召开\n会议对下一步工作提出要求：\n"
                          "一要提高认识，坚定信心，增强责任感，切实把各项工作抓紧抓好。\n"
                          "二要转变作风，深入基层，耐心细致地做好群众工作，坚决整治不正之风。\n"
                          "三要加强监督，推进公开。\n"
                          "四要推进改革，全面加强队伍建设，自觉接受监督，推动工作不断创新发展。\n")
    assert headings(s) == []
    assert any(b.text.startswith("三要") for b in s.blocks if isinstance(b, Paragraph))


def test_short_enumerated_sentences_over_paragraphs_of_their_own_stay_headings():
    s = docgen.parse_text("某某会议召开\n会议对下一步工作提出要求：\n一要提高认识。\n各部门要把各项工作抓紧抓好。\n"
                          "二要转变作风。\n各部门要深入基层，耐心细致地做好群众工作。\n")
    assert headings(s) == ["一要提高认识。", "二要转变作风。"]


def test_a_list_of_phrases_part_taken_for_items_over_a_higher_layer_is_all_items():
    # entries closed by a full stop are items already; those with no mark, the last one right
    # over the next numbered part, head nothing either
    s = docgen.parse_text("某某社区议事会章程\n一、议事会的职责\n(1)审议社区年度工作计划。\n"
                          "(2)讨论社区公共设施的维护\n(3)有权建议改进社区的服务\n"
                          "二、议事会每季度召开一次会议，由社区居委会召集，会议纪要报街道备案。\n"
                          "三、议事会作出的决定应当在社区公开栏中公布，接受居民监督。\n")
    assert "（2）讨论社区公共设施的维护" not in headings(s) and "（3）有权建议改进社区的服务" not in headings(s)


LEAD_RULES = ("某某协会值班制度\n一、值班要求\n"
              "(1)值班人员由秘书处统一安排，按照排班表轮流值守，不得擅自调换班次。\n"
              "(2)值班期间必须有一名以上的人员留守值班室。\n"
              "(3){lead}坚持做好来访人员登记，并定期汇总上报秘书处。\n"
              "(4)值班人员应保持通讯畅通，遇有突发情况及时报告。\n"
              "二、附则\n本制度自发布之日起施行。\n")


def test_a_short_task_leading_an_item_among_sentences_is_a_run_in_heading():
    s = docgen.parse_text(LEAD_RULES.format(lead="做好值班记录。"))
    assert "（3）做好值班记录。" in headings(s)


def test_a_short_statement_or_name_leading_an_item_among_sentences_is_no_heading():
    for lead in ("值班室有监控。", "值班记录簿。"):
        assert not any(h.startswith("（3）") for h in headings(docgen.parse_text(LEAD_RULES.format(lead=lead))))


def test_a_long_statement_right_over_a_sibling_that_heads_text_is_no_heading():
    text = ("办事须知\n一、某某服务中心受理市民或单位对某某违规行为的投诉\n二、受理投诉的范围\n"
            "服务中心依法受理对窗口工作人员服务态度、办事效率等问题的投诉。\n"
            "三、投诉的方式\n市民可以采用来信、来电或者来访等方式投诉。\n")
    assert headings(docgen.parse_text(text)) == ["二、受理投诉的范围", "三、投诉的方式"]


def test_a_short_title_right_over_a_sibling_is_left_to_the_other_rules():
    # a title of a heading's length with nothing under it is not this rule's
    text = ("办事须知\n一、服务承诺\n二、受理投诉的范围\n"
            "服务中心依法受理对窗口工作人员服务态度、办事效率等问题的投诉。\n"
            "三、投诉的方式\n市民可以采用来信、来电或者来访等方式投诉。\n")
    assert "二、受理投诉的范围" in headings(docgen.parse_text(text))


_ITEM_LISTS = [
    # a list a short label introduces, its first line over its next sibling: it heads nothing,
    # and its siblings' run-in leads are their items' first sentences
    "某某协会召开年度工作座谈会\n3月2日，某某协会召开年度工作座谈会，各分会负责人参加。\n座谈会分三个部分：\n"
    "第一部分通报情况。\n第二部分集中交流。各分会负责人介绍了本年度的工作，大家就会员服务展开讨论。\n"
    "第三部分为总结。会长对下一步工作提出要求，希望各分会加强协作。\n会议气氛热烈，取得了预期效果。\n",
    "某某协会召开年度工作座谈会\n座谈会议程：\n1、通报情况。\n2、集中交流。各分会负责人介绍了本年度的工作，"
    "大家展开讨论。\n3、总结讲话。会长对下一步工作提出要求，希望各分会加强协作。\n会议气氛热烈。\n",
    # the last line of a list of sentences, its full stop lost, with the text going on under it
    "关于开展爱心义卖活动的倡议书\n亲爱的同学们：\n为帮助山区的小伙伴，我们倡议：\n"
    "1、在本月的第一个周末，每位同学整理一件闲置的文具或图书。\n"
    "2、在本月十日和十一日，把整理好的物品带到学校义卖，所得款项全部捐给山区学校\n"
    "本次活动由大队部统一组织，请各班积极参加。\n",
]


@pytest.mark.parametrize("text", _ITEM_LISTS)
def test_the_lines_of_a_list_set_alike_are_no_headings(text):
    s = docgen.parse_text(text)
    assert headings(s) == []
    assert all(b.full_text in text for b in s.blocks if isinstance(b, Paragraph))


_HEADED_LISTS = [
    # an introduced list whose lines each head text of their own
    ("某某文书的写法\n通知的写法：\n1.标题。由发文机关、事由和文种组成，以示郑重。\n"
     "2.主送机关。通知发给下级单位，应写明主送机关；普发的也可不写。\n3.正文。正文一般由缘由、事项和要求三部分组成。\n例文\n",
     ["1.标题。", "2.主送机关。", "3.正文。"]),
    # a running line without its full stop after an item, with its own subitems under it
    ("关于开展爱心义卖活动的倡议书\n亲爱的同学们：\n为帮助山区的小伙伴，我们倡议：\n"
     "1、在本月的第一个周末，每位同学整理一件闲置的文具或图书。\n"
     "2、在本月十日和十一日，把整理好的物品带到学校义卖，具体分工为\n"
     "（1）一年级负责布置场地。\n（2）二年级负责登记物品。\n本次活动由大队部统一组织，请各班积极参加。\n",
     ["2、在本月十日和十一日，把整理好的物品带到学校义卖，具体分工为"]),
    # … and a heading's title, short, over a paragraph
    ("关于开展爱心义卖活动的倡议书\n亲爱的同学们：\n为帮助山区的小伙伴，我们倡议：\n"
     "1、在本月的第一个周末，每位同学整理一件闲置的文具或图书。\n"
     "2、加强组织，落实责任\n各班要指定专人负责，确保活动安全有序。\n",
     ["2、加强组织，落实责任"]),
]


@pytest.mark.parametrize(("text", "expected"), _HEADED_LISTS)
def test_lines_of_a_list_that_head_text_of_their_own_stay_headings(text, expected):
    assert headings(docgen.parse_text(text)) == expected
