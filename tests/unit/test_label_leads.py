"""Numbered paragraphs that are no headings although they look like run-in or standalone
headings: colon labels of a notice's first layer, 第一， leads, one-sentence items under a heading.
The examples are made up in the shape of such notices and speeches."""

from __future__ import annotations

from helpers.structure import headings

import docgen
from docgen.model import Paragraph, Speech


def parse(text: str) -> Speech:
    return docgen.parse_text(text)


def texts(speech: Speech) -> list[str]:
    return [b.full_text if isinstance(b, Paragraph) else getattr(b, "text", "") for b in speech.blocks]


def test_colon_labels_of_a_notices_first_layer_are_the_text_of_numbered_paragraphs():
    s = parse("某某单位关于某某安排的通知\n各部门：\n现将某某安排通知如下。\n"
              "一、甲项：3月1日开始，共2天。\n二、乙项目：4月2日开始，共3天。4月9日恢复。\n"
              "三、丙丁项目：5月3日开始，共1天。\n特此通知。\n")
    assert headings(s) == []
    assert "二、乙项目：4月2日开始，共3天。4月9日恢复。" in texts(s)


def test_a_colon_label_alone_over_its_text_goes_with_its_siblings_and_one_over_a_list_heads_it():
    s = parse("某某物品处置公告\n现对以下物品进行处置。\n一、本次处置物品（以下简称物品）：\n"
              "某某型号设备一台，现状使用。\n二、物品展示时间、地点：自公告之日起在某某处展示。\n"
              "三、报名手续办理：报名人可在某某处办理。\n四、特别说明：\n1、物品按现状处置，买方自行查看，风险自担。\n2、费用由买方承担，过户由买方办理，卖方协助。\n")
    assert headings(s) == ["四、特别说明："]
    assert "一、本次处置物品（以下简称物品）：" in texts(s)


def test_colon_leads_under_a_heading_and_parallel_colon_leads_stay_headed():
    under = parse("某某方案\n一、组成\n1. 组长：由某某负责人担任，全面负责。\n2. 副组长：由某某担任，协助组长。\n"
                  "二、机制\n1. 例会制度：每月召开一次。\n")
    assert "1. 组长：" in headings(under)
    parallel = parse("某某意见\n一、工作原则\n1、以人为本：坚持某某方向，推进某某。要关爱某某。\n"
                     "2、依法办事：坚持某某方向，推进某某。要改进某某。\n二、主要任务\n")
    assert {"1、以人为本：", "2、依法办事："} <= set(headings(parallel))


def test_parallel_colon_labels_with_nothing_under_them_are_items_unless_they_name_fields():
    s = parse("某某说明\n年终述职一般包括以下内容。\n1. 工作总结：回顾一年内完成的主要任务。\n"
              "2. 问题分析：分析工作中遇到的问题及原因。\n3. 经验教训：总结经验，提出改进措施。\n")
    assert headings(s) == []
    assert "1. 工作总结：回顾一年内完成的主要任务。" in texts(s)
    fields = parse("某某通告\n为保障活动顺利进行，决定实行交通管制。\n一、管制时间：某月某日八时至十二时。\n"
                   "二、管制路段：某某路至某某路。\n")
    assert headings(fields) == ["一、管制时间：", "二、管制路段："]


def test_a_lone_first_opening_a_paragraph_of_a_text_without_headings_is_no_heading():
    s = parse("某某座谈会发言\n这些年来，某某工作走过了不平凡的历程。\n"
              "第一，坚持某某、服务某某。某某是人民的某某，要为人民服务。\n我们要继续努力，把某某工作做得更好。\n")
    assert headings(s) == []
    assert "第一，坚持某某、服务某某。某某是人民的某某，要为人民服务。" in texts(s)


def test_first_second_leads_and_a_first_under_a_heading_stay_headed():
    series = parse("某某讲话\n第一，坚持某某。要做好某某工作。\n第二，服务某某。要做好某某工作。\n")
    assert headings(series) == ["第一，坚持某某。", "第二，服务某某。"]
    under = parse("某某讲话\n一、提高认识\n第一，这是某某的要求。要做好某某工作。\n")
    assert "第一，这是某某的要求。" in headings(under)


def test_a_list_of_one_sentence_lines_under_a_heading_is_a_list_of_items():
    s = parse("关于某某开放的通知\n一、开放时间：\n上午9时至下午5时\n二、参观须知：\n"
              "1.请携带本人证件入馆。\n2.团体参观请提前预约。\n3.馆内禁止吸烟，请保持安静。\n特此通知。\n")
    assert headings(s) == ["一、开放时间：", "二、参观须知："]
    assert "2.团体参观请提前预约。" in texts(s)


def test_one_sentence_headings_each_over_its_text_stay_headings():
    s = parse("某某工作要点\n一、加强领导。\n要把某某工作摆上重要位置，定期研究。\n"
              "二、完善制度。\n要健全某某制度，形成长效机制。\n")
    assert headings(s) == ["一、加强领导。", "二、完善制度。"]


def test_the_last_two_of_a_series_of_sentence_headings_stay_headings_without_text_between():
    s = parse("某某讲话\n1、立目标。\n目标定了，就要坚持下去。\n2、立标杆。\n一个标杆超越了，再找下一个。\n"
              "3、聚焦战略。\n4、会合作。\n会合作的人是合作高手。\n")
    assert headings(s) == ["1、立目标。", "2、立标杆。", "3、聚焦战略。", "4、会合作。"]


def test_the_count_in_brackets_at_the_end_of_a_lead_is_not_counted_in_its_length():
    s = parse("某某通知\n一、复制推广的举措\n"
              "（一）进一步破除某某分割和某某保护等不合理限制（4项）。“开展某某改革”，推动某某工作。\n"
              "（二）持续提升某某便利度（7项）。“推进某某改革”，推动某某工作。\n")
    assert "（一）进一步破除某某分割和某某保护等不合理限制（4项）。" in headings(s)


def test_a_numbered_running_sentence_leading_into_a_list_with_a_colon_is_no_heading():
    s = parse("某某通知\n一、主要任务\n（一）强化源头管控\n"
              "1.居住区装修垃圾申报单位为物业公司，清运单位为某某公司，由居委落实管理，具体工作如下：\n"
              "（1）物业公司要及时告知装修户主，做到袋装化。\n（2）居委要加强检查，发现问题及时处置。\n"
              "二、参观须知：\n1.请携带证件，按时入馆，遵守秩序，服从管理。\n2.团体参观请提前三天预约，并告知人数。\n")
    found = headings(s)
    assert not any(text.startswith("1.居住区") for text in found)
    assert "二、参观须知：" in found


def test_first_layer_colon_labels_each_naming_a_field_of_a_notice_are_its_run_in_headings():
    s = parse("某某学院关于某某安排的通知\n各位同学：\n现将有关事项通知如下：\n"
              "一、报名时间：3月1日至3月5日，共5天。\n二、注意事项：请同学们按时报名，切勿错过。\n特此通知。\n")
    assert headings(s) == ["一、报名时间：", "二、注意事项："]


def test_field_labels_in_traditional_characters_are_known_and_one_over_sub_items_heads_them():
    s = parse("某某通告\n為確保活動順利進行，決定實行交通管制，具體事項通告如下：\n"
              "一、管制時間:某月某日八時至十二時\n二、管制範圍:某某路至某某路圍成的區域。\n三、管制措施:\n"
              "1、禁止一切車輛進入上述區域;\n2、管制期間:\n(1)過往車輛請繞行;\n(2)請市民提前安排出行。\n")
    assert set(headings(s)) == {"一、管制時間：", "二、管制範圍：", "三、管制措施：", "2、管制期間："}


def test_a_colon_label_among_numbered_sentences_is_one_of_them():
    s = parse("某某局关于某某考核的通知\n各单位：\n现将有关事项通知如下：\n"
              "一、考核采用笔试与面试相结合的形式进行，笔试内容为相应学科的教材，具体内容临时确定并当场公布。\n"
              "二、笔试时间为2小时，面试时间为10分钟。面试结束后须回答专家提问。\n"
              "三、考核日期、地点：考核定于5月8日进行，请考生提前报到。\n"
              "四、考生进入考场时不准带任何资料，违规者将取消考核资格并按有关规定严肃处理。\n"
              "五、请各单位及时通知有关考生按时参加考核。\n")
    assert headings(s) == []
    assert "三、考核日期、地点：考核定于5月8日进行，请考生提前报到。" in texts(s)


def test_numbered_lines_following_each_other_under_a_heading_are_a_list():
    s = parse("关于某某申报的通知\n各学校：\n现将有关事项通知如下：\n一、甲类小组成员\n"
              "1、推荐条件：年龄40周岁以下，教龄5年以上的骨干教师。优秀者优先推荐。\n"
              "2、每个小组确定5位成员。\n3、小组活动周期3年。\n二、乙类小组成员\n"
              "1、推荐条件：年龄35周岁以下的骨干教师。优秀者优先推荐。\n2、成员面向农村。\n3、每人带徒2位。\n"
              "名单见附件。\n")
    assert headings(s) == ["一、甲类小组成员", "二、乙类小组成员"]
    assert "2、每个小组确定5位成员。" in texts(s)
    assert "1、推荐条件：年龄35周岁以下的骨干教师。优秀者优先推荐。" in texts(s)


def test_numbered_label_and_list_lines_with_nothing_under_them_are_items():
    s = parse("关于举办某某比赛的通知\n一、比赛时间\n5月10日全天。\n二、比赛项目\n"
              "（一）甲组：长跑、跳远、跳高\n（二）乙组：短跑、跳绳\n三、报名方式\n以班级为单位报名。\n")
    assert headings(s) == ["一、比赛时间", "二、比赛项目", "三、报名方式"]
    assert "（二）乙组：短跑、跳绳" in texts(s)


def test_colon_labels_naming_fields_under_a_heading_are_no_headings():
    s = parse("关于举办某某竞赛的通知\n一、竞赛安排\n1、考试内容：内容包括高等数学、程序设计等相关知识。\n"
              "2、答题格式：以纸质试卷形式完成。\n二、其他事项\n请同学们按时参加。\n")
    assert headings(s) == ["一、竞赛安排", "二、其他事项"]
    assert "2、答题格式：以纸质试卷形式完成。" in texts(s)


def test_field_leads_that_part_the_fields_their_heading_names_are_its_run_in_subheadings():
    """``二、比赛时间和主题`` over ``1.时间：`` / ``2.主题：``: the theme's value, a slogan, is no
    title of its own — the line is a field lead like the time's."""
    s = parse("关于举办某某文化节的通知\n一、活动目的\n丰富校园文化生活。\n二、比赛时间和主题\n"
              "1.时间：某年5月10日—16日\n2.主题：青春奋进 逐梦未来\n三、其他事项\n请各班按时报名。\n")
    assert headings(s) == ["一、活动目的", "二、比赛时间和主题", "三、其他事项", "1.时间：", "2.主题："]
    assert "2.主题：青春奋进 逐梦未来" in texts(s)


def test_a_theme_label_with_its_slogan_among_plain_headings_is_no_standalone_heading():
    s = parse("某某活动方案\n一、活动安排\n1.活动主题：青春奋进 逐梦未来\n开展主题征文比赛。\n"
              "2.活动要求\n各班认真组织。\n")
    assert "1.活动主题：青春奋进 逐梦未来" not in headings(s)


def test_a_list_a_short_label_introduces_is_a_list_when_one_of_its_lines_runs_on():
    s = parse("关于举办某某比赛的通知\n一、比赛时间\n某年某月某日。\n二、报名方式\n报名方式：\n"
              "1、关注某某公众号回复报名\n2、点击某某菜单报名\n"
              "3、3月6日于某某楼前设点宣传，可现场咨询报名\n三、其他事项\n请按时参加。\n")
    assert headings(s) == ["一、比赛时间", "二、报名方式", "三、其他事项"]
    assert "3、3月6日于某某楼前设点宣传，可现场咨询报名" in texts(s)


def test_a_sentence_ending_in_a_colon_opens_a_notices_sections_which_stay_headings():
    s = parse("关于召开某某会议的通知\n各单位：\n经研究，决定召开某某会议，现将有关事项通知如下：\n"
              "一、参会人员：各单位负责人；各学会秘书长。\n二、会议内容：\n（一）传达某某会议精神。\n"
              "（二）部署某某工作。\n特此通知\n")
    assert "二、会议内容：" in headings(s)


def test_a_lead_running_past_a_comma_in_a_list_a_colon_heading_introduces_is_an_item():
    s = parse("某某协会关于缴纳年费的通知\n各会员单位：\n现将有关事项通知如下。\n一、年费标准\n每家单位每年500元。\n"
              "二、注意事项：\n1、年费缴纳时间截止到某年某月某日前，逾期未缴的视为自动放弃会员资格。\n"
              "2、转账时，请写明单位名称及用途（“年费”）。收到后本会将寄送收据。\n")
    assert headings(s) == ["一、年费标准", "二、注意事项："]
    assert "2、转账时，请写明单位名称及用途（“年费”）。收到后本会将寄送收据。" in texts(s)


def test_a_lead_running_past_a_comma_under_a_heading_without_a_colon_stays_headed():
    s = parse("某某工作总结\n一、存在问题\n（一）某某工作推进不够有力，某某机制尚不健全，影响了某某工作的整体成效和群众满意度。\n"
              "（二）信息化建设还需加快，要保障好业务。某某系统仍需完善。\n")
    assert "（二）信息化建设还需加快，要保障好业务。" in headings(s)


def test_a_last_sibling_sentence_with_nothing_under_it_after_items_is_an_item():
    s = parse("某某放假通知\n根据有关规定，结合本院实际，本院春节放假安排如下：\n"
              "（一）2月1日~2月7日（初一至初七）放假7天。\n（二）1月27日（周日）、2月9日（初九，周六）上班。\n"
              "（三）春节放假期间，门诊具体安排如下：\n1、2月1日~2月3日（初一至初三）全天停诊；\n"
              "2、2月4日~5日（初四至初五）门诊按周日排班。\n（四）各辅助科室根据门诊安排进行排班。\n")
    assert headings(s) == []
    assert "（四）各辅助科室根据门诊安排进行排班。" in texts(s)


def test_colon_leads_with_a_bulleted_list_under_one_of_them_are_run_in_headings():
    s = parse("某某馆假期开放安排\n现将假期开放安排通知如下：\n一、展厅：9:00开放。\n"
              "二、阅览室（8:30-17:00）：照常开放，周一闭馆。\n三、少儿阅览区：照常开放。\n四、讲座活动：\n"
              "?2月1日（周一）\n?2月3日（周三）\n?2月5日（周五）\n"
              "五、自习室、电子阅览室、报刊室、多媒体放映厅和培训教室：初一至初三闭馆，初四起照常开放。\n")
    assert headings(s) == ["四、讲座活动：", "一、展厅：", "二、阅览室（8:30-17:00）：", "三、少儿阅览区：",
                           "五、自习室、电子阅览室、报刊室、多媒体放映厅和培训教室："]
    assert "?2月3日（周三）" in texts(s)


def test_a_colon_label_over_numbered_lines_heads_them_among_plain_numbered_sentences():
    s = parse("某某湖区管理通告\n为保护湖区环境，特通告如下：\n一、管理期限：2026年5月1日至6月30日。\n"
              "二、管理区域：某某湖及沿岸50米范围内。\n三、不得从事的活动：\n1、在湖区游泳、垂钓；\n"
              "2、向湖内倾倒垃圾；\n3、其他破坏湖区环境的行为。\n"
              "四、进入湖区的人员应自觉接受管理人员的检查，并遵守本通告的规定。\n"
              "五、各有关单位要加强巡查，及时劝阻和制止违反本通告的行为。\n"
              "六、各有关单位要加大宣传力度，使本通告家喻户晓。\n"
              "七、违反本通告者，由有关部门依法依规处理。\n")
    assert headings(s) == ["三、不得从事的活动："]
    assert "一、管理期限：2026年5月1日至6月30日。" in texts(s)


NOTICE = ("某某作业公告\n为做好某某工作，经研究，拟于近期开展某某作业。有关事项公告如下：\n"
          "1.作业时间：2031年3月1日至3月31日。\n"
          "2.作业地点：某某镇某某村、某某乡某某水库一带，影响范围为作业点周边5公里。\n")


def test_colon_leads_among_numbered_clauses_of_the_first_layer_are_items():
    """A colon lead beside siblings whose first sentence is a clause with a comma
    (``3.作业现场请勿围观，注意安全。……``): one list, no headings, field or not."""
    s = parse(NOTICE + "3.作业现场附近请勿围观，注意安全。发现异常情况请及时报告。\n"
                       "4.如有疑问请与某某办公室联系。联系电话00000000。\n特此公告。\n")
    assert headings(s) == []
    assert "3.作业现场附近请勿围观，注意安全。发现异常情况请及时报告。" in texts(s)


def test_field_leads_of_the_first_layer_with_no_clause_beside_them_stay_headings():
    """Near miss: the leads alone, each naming a notice's field, are the notice's run-in headings."""
    s = parse(NOTICE + "3.作业方式：使用某某型设备。\n特此公告。\n")
    assert "1.作业时间：" in headings(s)


SCHEDULE = "某某医院国庆节门诊安排如下：\n门诊安排\n{a}10月1日\n（1）各科室开放普通门诊\n（2）以下科室停诊：口腔科、康复科\n{b}10月2日\n门诊正常开放\n"


def test_numbered_lines_between_two_bulleted_entries_are_the_first_entrys_list():
    """``（1）`` / ``（2）`` with nothing under either, set between two entries opening with the
    same bullet (a symbol font's bullet read as ``l``): the items of the list under the first."""
    assert headings(parse(SCHEDULE.format(a="l ", b="l "))) == []
    assert headings(parse(SCHEDULE.format(a="●", b="●"))) == []


def test_numbered_lines_between_lines_that_open_with_no_common_bullet_stay_headings():
    """Near miss: the lines around them are no entries of one list (no bullet, or two marks)."""
    assert headings(parse(SCHEDULE.format(a="", b=""))) != []
    assert headings(parse(SCHEDULE.format(a="l ", b="●"))) != []
