"""Numbered headings of long reports as web pages print them: a numbering used twice (a part's
``（一）`` paragraphs, the next part's ``（一）`` headings), standalone headings with a comma
inside, 一是 sentences, and the lists and glossaries of an attachment after the text.  The
examples are made up in the shape of such reports."""

from __future__ import annotations

import docgen
from docgen.model import Heading, Paragraph, Speech


def parse(text: str) -> Speech:
    return docgen.parse_text(text)


def headings(speech: Speech) -> list[tuple[int, str]]:
    found = [(b.level, b.text) for b in speech.blocks if isinstance(b, Heading)]
    found += [(b.lead.level, b.lead.text) for b in speech.blocks
              if isinstance(b, Paragraph) and b.lead is not None and b.lead.kind == "heading"]
    return found


PARAGRAPHS = "".join(
    f"（{n}）着力在某某方面取得第{n}项进展。围绕某某目标，推进某某工作，完善某某机制，提高某某水平，让群众得到更多实惠。\n"
    for n in "一二三四五")
HEADINGS = "".join(
    f"（{n}）加快某某领域第{n}项建设，推动某某事业发展\n推进某某工程。开展某某行动，落实某某措施，建成某某项目一批。\n"
    for n in "一二三四")


def test_a_series_of_headings_is_not_glued_to_its_paragraphs_where_another_series_is_paragraphs():
    s = parse("某某工作报告\n各位代表：\n一、今后五年的任务\n" + PARAGRAPHS + "二、今年的工作\n" + HEADINGS)
    found = [text for level, text in headings(s) if text.startswith("（")]
    assert "（一）加快某某领域第一项建设，推动某某事业发展" in found
    assert "（四）加快某某领域第四项建设，推动某某事业发展" in found
    assert any(isinstance(b, Paragraph) and b.text.startswith("推进某某工程。") for b in s.blocks)


def test_one_sentence_shi_lines_under_standard_headings_are_enumerations_and_leave_the_levels_alone():
    s = parse("某某工作报告\n各位代表：\n一、过去一年的工作\n一是办好某某大型活动。\n"
              "认真落实某某理念，圆满完成各项保障任务，赢得各方广泛好评。\n二是推动某某经济稳中有进。\n"
              "全年地区生产总值增长百分之五左右，各项指标好于预期。\n二、今年的工作\n"
              "（一）加快某某建设，推动某某发展\n推进某某工程。开展某某行动，落实某某措施，建成某某项目一批。\n")
    assert (1, "一、过去一年的工作") in headings(s)
    assert (2, "（一）加快某某建设，推动某某发展") in headings(s)
    assert not any(text.startswith(("一是", "二是")) for _, text in headings(s))
    assert any(b.full_text == "一是办好某某大型活动。" for b in s.blocks if isinstance(b, Paragraph))


GLOSSARY_STANDALONE = "".join(f"{n}.“某某{n}号工程”：\n指某某部门组织实施的第{n}项工程，旨在提高某某水平。\n" for n in range(1, 6))
GLOSSARY_RUN_IN = "".join(f"{n}.“某某{n}号计划”：是指某某部门推出的第{n}项计划，面向某某群体。\n" for n in range(1, 6))


def test_the_numbered_terms_of_a_glossary_are_items_not_headings():
    for glossary in (GLOSSARY_STANDALONE, GLOSSARY_RUN_IN):
        s = parse("某某工作报告\n各位代表：\n一、过去一年的工作\n全年经济运行稳中有进，各项事业取得新进展。\n"
                  "各位代表！让我们团结奋斗，再创新的佳绩！\n附件\n名词解释\n" + glossary)
        assert [text for _, text in headings(s)] == ["一、过去一年的工作"], glossary
        assert any("“某某3号" in b.full_text for b in s.blocks if isinstance(b, Paragraph))


def test_the_one_sentence_items_of_an_attachment_list_are_not_headings():
    items = "".join(f"{n}、提高某某第{n}类困难群体基本生活补贴和救助保障水平。\n将某某标准提高到某某水平，惠及群众约{n}万人。\n" for n in "一二三四")
    s = parse("某某工作报告\n各位代表：\n一、过去一年的工作\n全年经济运行稳中有进，各项事业取得新进展。\n"
              "各位代表！让我们团结奋斗，再创新的佳绩！\n附件1\n某某年十件民生实事\n" + items)
    assert [text for _, text in headings(s)] == ["一、过去一年的工作"]
    assert any(b.full_text == "三、提高某某第三类困难群体基本生活补贴和救助保障水平。" for b in s.blocks if isinstance(b, Paragraph))


def test_numbered_sentences_over_their_paragraphs_in_the_text_stay_headings():
    items = "".join(f"{n}、提高某某第{n}类困难群体基本生活补贴和救助保障水平。\n将某某标准提高到某某水平，惠及群众约{n}万人。\n" for n in "一二三四")
    s = parse("某某工作要点\n" + items)
    assert len(headings(s)) == 4


def test_a_series_of_unquoted_principles_with_colons_stays_headed():
    s = parse("某某工作意见\n一、基本原则\n" + "".join(
        f"{n}、{w}：坚持某某方向，把某某放在第{n}位，推动某某工作落实。\n" for n, w in
        zip("1234", ("以人为本", "依法办事", "质量至上", "增效减负"))))
    assert sum(text.endswith("：") for _, text in headings(s)) == 4


def test_the_files_named_under_a_numbered_attachment_label_are_items_not_headings():
    s = parse("某某采购结果公告\n一、项目名称：某某设备采购\n二、联系方式\n1、采购人：某某单位\n联系电话：12345678\n"
              "2、代理机构：某某公司\n联系电话：87654321\n三、附件：\n1.某某项目采购文件\n2.某某单位声明函\n")
    found = [text for _, text in headings(s)]
    assert "1、采购人：某某单位" in found
    assert not any(text.startswith(("1.某某", "2.某某")) for text in found)
    assert any(b.full_text == "2.某某单位声明函" for b in s.blocks if isinstance(b, Paragraph))


def test_a_field_and_its_value_among_numbered_clauses_is_a_clause_not_a_heading():
    s = parse("某某项目招标公告\n1.招标条件\n本项目已批准建设，现进行公开招标。\n2.投标人资格要求\n"
              "2.1本次招标要求投标人具备相应资质，并在人员、设备、资金等方面具有相应的施工能力，近三年内没有不良记录。\n"
              "2.2本次招标不接受联合体投标，投标人须独立承担合同的全部责任，不得将中标项目转包或者违法分包。\n"
              "2.3其他：无\n3.投标文件的递交\n"
              "3.1投标文件递交的截止时间为：某年某月某日某时\n"
              "3.2逾期送达的投标文件，招标人不予受理，投标人应当合理安排时间，确保投标文件按时送达指定地点。\n")
    found = [text for _, text in headings(s)]
    assert found == ["1.招标条件", "2.投标人资格要求", "3.投标文件的递交"]
    assert any(b.full_text == "2.3其他：无" for b in s.blocks if isinstance(b, Paragraph))


def test_a_decimal_heading_whose_title_starts_with_a_unit_character_is_a_heading():
    s = parse("某某项目实施方案\n1.总体要求\n按照某某部署，推进某某工作。\n2.项目安排\n2.1项目概况\n"
              "建设地点位于某某县。\n2.2人员配备\n配备管理人员五名。\n2.3资金来源\n资金由某某统筹安排。\n")
    found = [text for _, text in headings(s)]
    assert "2.1项目概况" in found and "2.2人员配备" in found
    assert not any(text.startswith("1.5") for text in [b.full_text for b in parse(
        "某某报告\n1.5亿元资金已经拨付到位，用于某某工程建设。\n").blocks if isinstance(b, Heading)])


def test_a_decimal_heading_on_the_weather_or_the_population_is_a_heading_not_a_quantity():
    s = parse("某某情况通报\n一、原因分析\n1.1 设备故障\n某某线路发生故障。\n1.2 天气因素\n近期连续降雨。\n"
              "1.3 人口变化\n常住人口有所增加。\n")
    found = [text for _, text in headings(s)]
    assert "1.2 天气因素" in found and "1.3 人口变化" in found
    assert not any(isinstance(b, Heading) for b in parse("某某报告\n工期预计延长\n2.5 天，请各单位合理安排。\n").blocks
                   if b.full_text.startswith("2.5"))


def test_a_month_and_day_run_on_to_the_name_of_a_festival_is_a_date_not_a_heading():
    """``3.8妇女节`` under a greeting: the 8th of March naming the day, no heading ``3.8``."""
    s = parse("致全体女职工的节日问候\n值此佳节来临之际，向全体女职工致以节日的祝贺。\n3.8国际妇女节\n"
              "你们在各自岗位上辛勤工作，撑起了单位的半边天。\n")
    assert headings(s) == []
    assert any("3.8国际妇女节" in b.full_text for b in s.blocks)


def test_decimal_headings_that_begin_with_a_date_like_number_stay_headings():
    s = parse("某某活动实施方案\n3.1组织领导\n成立某某工作专班。\n3.2 节日安排\n假期期间安排人员值守。\n"
              "3.3宣传工作日\n每月确定一天集中开展宣传，做好记录。\n")
    found = [text for _, text in headings(s)]
    assert "3.1组织领导" in found and "3.2 节日安排" in found and "3.3宣传工作日" in found, found


def test_numbered_clauses_inside_an_article_are_items_not_headings():
    s = parse("某某局职能配置规定\n第一条　为了规范某某局的职能配置，制定本规定。\n"
              "第二条　某某局是某某部管理的国家局。\n第三条　某某局的主要职责是：\n"
              "（一）拟订某某方面的政策、规划和标准，起草相关法规草案并监督实施。\n"
              "（二）负责某某监察工作。监督检查地方某某工作，提出改进的意见和建议。\n"
              "（三）完成上级交办的其他任务。\n"
              "（四）职能转变。某某局要进一步完善某某体制，提高某某水平。\n")
    assert headings(s) == []
    assert any(b.full_text.startswith("（四）职能转变。某某局") for b in s.blocks if isinstance(b, Paragraph))


def test_headings_that_group_articles_stay_headings():
    s = parse("某某评选办法\n一、总则\n第一条　为了鼓励某某工作，制定本办法。\n第二条　本办法适用于某某单位。\n"
              "二、评选标准\n第三条　评选标准是：\n（一）某某工作成效显著。\n（二）某某工作群众满意。\n"
              "三、附则\n第四条　本办法自发布之日起施行。\n")
    assert [text for _, text in headings(s)] == ["一、总则", "二、评选标准", "三、附则"]


def test_clauses_numbered_on_through_the_parts_of_a_text_are_clauses_even_when_short():
    s = parse("某某学院招生章程\n一、学校名称\n1.学校的名称为某某学院，校址在某某市某某路1号，校园占地某某亩。\n二、办学层次\n2.本科\n"
              "三、录取规则\n3.遵循公平竞争、公正选拔、公开程序的原则，择优录取。\n"
              "4.根据各省招生委员会划定的录取控制分数线，按考生志愿确定调档比例。\n"
              "5.对拟录取的考生安排专业时，一律按照分数优先的原则进行。\n"
              "6.对符合规定的加分条件的考生，按照加分之后的投档分数录取。\n"
              "四、联系方式\n7.招生办公室电话：12345678，地点位于某某校区。\n")
    assert [text for _, text in headings(s)] == ["一、学校名称", "二、办学层次", "三、录取规则", "四、联系方式"]
    assert any(b.full_text == "2.本科" for b in s.blocks if isinstance(b, Paragraph))


def test_sub_headings_numbered_anew_under_each_part_stay_headings():
    s = parse("某某工作方案\n一、主要任务\n1.加强某某建设\n推进某某工作，完善某某机制。\n2.提升某某能力\n开展某某培训。\n"
              "二、保障措施\n1.加强组织领导\n成立某某领导小组。\n")
    assert len(headings(s)) == 5
