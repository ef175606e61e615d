"""Each cleaning rule does what its docstring's example shows; rules can be turned off;
cleaning twice changes nothing, on generated text as on real text; punctuation keeps numbers,
URLs and Latin text, and placeholders are never touched."""

from __future__ import annotations

import re

import pytest
from helpers.documents import FIXTURES
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

import docgen
from docgen.cleaner import RULE_NAMES, Context, Line, clean
from docgen.cleaner import patterns as P
from docgen.cleaner.punctuation import normalise
from docgen.cleaner.rules import RULES
from docgen.errors import UsageError

STRUCTURE = FIXTURES / "structure"


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.name)
def test_the_docstring_example_is_what_the_rule_does(rule):
    examples = rule.examples()
    assert examples, f"{rule.name} has no example"
    for before, after in examples:
        ctx = Context(rule=rule.name)
        got = rule.func([Line(n, text) for n, text in enumerate(before, 1)], ctx)
        assert [line.text for line in got] == after


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.name)
def test_every_change_is_recorded_with_line_text_and_reason(rule):
    before, after = rule.examples()[0]
    ctx = Context(rule=rule.name)
    rule.func([Line(n, text) for n, text in enumerate(before, 1)], ctx)
    if before != after or rule.name == "placeholders":
        assert ctx.diagnostics
    for d in ctx.diagnostics:
        assert d.message.startswith(f"{rule.name}: ")
        assert d.line is not None and d.text is not None


def test_rules_can_be_turned_off_one_by_one_or_in_a_list():
    lines = ["中词库 / www.zciku.com", "同志们:", "今天召开会议,很重要。"]
    assert [l.text for l in clean(lines).lines] == ["同志们：", "今天召开会议，很重要。"]
    kept = clean(lines, skip=["banners,punctuation"]).lines
    assert [l.text for l in kept] == lines
    with pytest.raises(UsageError, match=r"unknown cleaning rule.*nonsense"):
        clean(lines, skip=["nonsense"])


def test_a_contact_line_whose_address_swallows_its_label_is_no_banner():
    lines = ["某某网 www.example.com", "欢迎各位校友光临。", "某某校友会", "联系人： 张三 Email-zhangsan12@example.com",
             "联系邮箱：lisi@example.com"]
    kept = [l.text for l in clean(lines, skip=["punctuation"]).lines]
    assert kept[-2:] == lines[-2:]
    assert lines[0] not in kept


@pytest.mark.parametrize("label", ["E-Mail: ", "E-MAIL:", "e-mail："])
def test_a_contact_line_under_a_phone_line_stays_whatever_the_case_of_its_label(label):
    """A press release closes with its office's contacts; the mail line's label in any case is
    the contact label, and the line stays a line of its own under the phone line."""
    lines = ["某某公司定于5月2日上午9时起停水，请用户提早储水备用。", "某某公司办公室",
             "办公室电话:0000-000000分机202;行动电话:0900-000000", f"{label}office@mail.example.gov.tw"]
    kept = [l.text for l in clean(lines, skip=["punctuation"]).lines]
    assert kept[-2:] == lines[-2:], kept


@pytest.mark.parametrize("before, after", [
    ("会议于10:30开始,共1,000人参加。", "会议于10:30开始，共1,000人参加。"),
    ("详见http://www.gov.cn/a,b;c.html,请查阅", "详见http://www.gov.cn/a,b;c.html，请查阅"),
    ("发邮件至office@example.gov.cn,谢谢!", "发邮件至office@example.gov.cn，谢谢！"),
    ("他说:\"我们要坚持'两个确立'。\"", "他说：“我们要坚持‘两个确立’。”"),
    ('"五个坚持"要求,"三服务"能力', "“五个坚持”要求，“三服务”能力"),
    ('“五个坚持"要求', "“五个坚持”要求"),
    ("使用Python, Java和C语言", "使用Python, Java和C语言"),
    ("函数f(x)的值", "函数f(x)的值"),
    ("国内生产总值(GDP)增长(2023年)", "国内生产总值（GDP）增长（2023年）"),
    ("（一)加强领导", "（一）加强领导"),
    ("不得不开。。。等等...", "不得不开……等等……"),
    ("这就是--我们的目标", "这就是——我们的目标"),
    ("――2026年1月27日在某某省第十四届人民代表大会第四次会议上", "——2026年1月27日在某某省第十四届人民代表大会第四次会议上"),  # U+2015, as GBK texts decode
    ("这就是――我们的目标", "这就是——我们的目标"),
    ("2023-2025年规划", "2023-2025年规划"),
    ("It's the \"best\" plan.", "It's the \"best\" plan."),
    ("王**同志、XX县和××镇", "王**同志、XX县和××镇"),
])
def test_punctuation(before, after):
    assert normalise(before) == after
    assert normalise(after) == after


def test_placeholders_are_listed_and_untouched():
    text = "请XX县、××镇和王**同志于2024年X月X日前报送，截止____。"
    result = clean([text])
    assert [l.text for l in result.lines] == [text]
    found = [d.text for d in result.diagnostics if d.code == "placeholder"]
    assert found == ["XX", "××", "**", "X", "X", "____"]
    assert all(d.level == "warning" for d in result.diagnostics if d.code == "placeholder")


def test_year_with_circles_is_not_a_placeholder():
    result = clean(["二○○八年，我们召开会议。"])
    assert not [d for d in result.diagnostics if d.code == "placeholder"]


def test_a_lone_time_line_of_a_notice_is_kept():
    lines = ["会议通知", "时间：2024年3月1日上午9时", "地点：县政府三楼会议室"]
    assert [l.text for l in clean(lines).lines] == lines


def test_a_sentence_about_icp_filing_is_kept():
    line = "各网站要按规定办理ICP备案手续。"
    assert [l.text for l in clean([line]).lines] == [line]


@pytest.mark.parametrize("line", [
    "申请→受理→审核→办结",                                  # a process flow, not a breadcrumb
    "各单位要按照“首页 > 政务公开”的栏目设置统一规范公开目录。",
    "文号和发布机构必须填写。",                              # index labels in a sentence
    "索引号由县政务公开办统一编制。",
    "打印机、复印机等设备要定期维护。",
    "字号：三号仿宋",                                       # a style note, not a page tool
    "下载地址：http://www.example.gov.cn/bmb.doc",          # where to get a form
    "报名表下载地址：www.example.gov.cn/bmb",
    "位置偏远的村要重点保障。",
])
def test_lines_that_look_like_page_furniture_but_are_body_text_are_kept(line):
    assert [l.text for l in clean(["正文。", line, "其他。"]).lines] == ["正文。", line, "其他。"]


def test_index_fields_go_wherever_they_stand_and_their_values_to_the_metadata():
    lines = ["关于做好防汛工作的通知", "各乡镇：", "正文。", "文号 瑞政办〔2011〕129号 发布机构 市政府办公室",
             "• 发布日期：", "", "2011-09-01 14:58", "• 内容概述：", "关于做好防汛工作的通知"]
    result = clean(lines)
    # a title under 内容概述 is never taken for its value (it may be the only copy of it)
    assert [l.text for l in result.lines] == [*lines[:3], "", "关于做好防汛工作的通知"]
    assert result.meta == {"document_number": "瑞政办〔2011〕129号", "published": "2011-09-01 14:58"}
    dropped = [(d.line, d.message) for d in result.diagnostics if d.code == "boilerplate-removed"]
    assert dropped == [(4, "meta-lines: page metadata line"), (5, "meta-lines: page metadata line"),
                       (7, "meta-lines: value of the page's 发布日期 field"),
                       (8, "meta-lines: page metadata line")]


def test_an_index_copied_as_a_column_of_labels_and_values_goes_and_its_number_to_the_metadata():
    lines = ["关于调整某某收费标准的通知", "", "索取号", "0000000001/2024-00012", "载体类型", "", "发布机构",
             "某某市某某委员会", "", "文件编号", "", "某建规〔2024〕3 号", "记录形式", "公开类别", "主动公开",
             "关键词", "内容描述", "某建规〔2024〕3号", "各有关单位：", "正文。"]
    result = clean(lines)
    # the line under the last label stays: it may be the document itself (here, its number)
    assert [l.text for l in result.lines if l.text] == ["关于调整某某收费标准的通知", "某建规〔2024〕3号",
                                                        "各有关单位：", "正文。"]
    assert result.meta["document_number"] == "某建规〔2024〕3 号"


@pytest.mark.parametrize("lines", [
    ["发布机构", "某某市某某委员会", "文件编号", "各单位要认真核对。"],   # two labels are no column
    ["内容描述", "发布机构", "载体类型要求如下：", "一是纸质。"],       # two labels over a sentence stay
])
def test_label_words_on_lines_of_their_own_that_make_no_index_column_stay(lines):
    # the index-column rules leave them (the line score weighs such lines on its own: edge-chrome)
    assert [l.text for l in clean(lines, skip=["edge-chrome"]).lines] == lines


def test_page_tools_arrows_and_a_last_index_row_go_too():
    lines = ["甘肃崆峒", "<", "索引号 6208001003/2021-00341 文号", "信息名称 某某区人民政府工作规则", "【 字体:",
             "朗读", "某某区人民政府工作规则", "正文。", "关闭 打印责任编辑:裴朝阳", "»"]
    result = clean(lines)
    assert [l.text for l in result.lines] == ["甘肃崆峒", "某某区人民政府工作规则", "正文。"]


@pytest.mark.parametrize("lines", [
    ["申请", "↓", "受理", "↓", "办结"],                           # a flow drawn with arrows
    ["朗读比赛于3月举行。"],
    ["信息名称 按规定填写"],                                       # one label alone is no row
    ["目录", "本目录由县政务公开办编制。"],
    ["目 录", "1 总则", "2 组织体系", "3 应急响应"],                # a list that never starts over
])
def test_lines_like_tools_arrows_index_rows_or_contents_that_are_text_stay(lines):
    assert [l.text for l in clean(lines).lines] == lines


def test_a_hard_wrapped_text_that_indents_its_paragraphs_keeps_them_apart():
    source = (STRUCTURE / "regulation-cppcc-1949.txt").read_text(encoding="utf-8").splitlines()
    texts = [l.text for l in clean(source).lines if l.text]
    # written by hand from the source: wrapped lines joined, paragraphs and list items apart
    assert texts[texts.index("第一条 中国人民政协全国委员会常务委员会的职权如下："):] == [
        "第一条 中国人民政协全国委员会常务委员会的职权如下：",
        "一、执行中国人民政协全体会议和全国委员会的决议；",
        "二、根据中国人民政协组织法第十三条所规定的全国委员会的职权，进行日常工作。",
        "第二条中国人民政协全国委员会常务委员会的会议，由全国委员会主席副主席视工作需要召开之。",
        "第三条中国人民政协全国委员会分设下列各组，在秘书长领导下，进行研讨和审议工作：",
        "一、政治法律组；", "二、财政经济组；", "三、文化教育组；", "四、外交组；", "五、国防组；",
        "六、民族事务组；", "七、华侨事务组；", "八、宗教事务组。",
        "各组应将其研讨和审议的意见作成报告或提案，提交常务委员会审核处理。",
        "第四条中国人民政协全国委员会的每一委员得参加前条各组中之一组或数组，进行工作。其不常驻北京者，得以书面提供意见。",
        "每组设组长一人，副组长二至三人。由常务委员会指定之。",
        "第五条中国人民政协全国委员会主席得根据工作需要邀请中央人民政府委员或政府有关部门的负责人员列席全国委员会及其常务委员会的会议。",
    ]


def test_a_title_under_an_index_label_is_no_value_of_it():
    lines = ["• 发文字号：", "关于做好防汛工作的通知", "各乡镇：", "正文。"]
    assert [l.text for l in clean(lines).lines] == lines[1:]


def test_a_heading_is_never_glued_to_its_neighbour():
    lines = ["一、提高思想认识", "党的十八大以来，我们取得了很大成绩，但也要看到存在的问题和不足之处", "（一）坚定理想信念",
             "同志们：", "XX县人民政府", "2024年3月1日"]
    assert [l.text for l in clean(lines).lines] == lines


# --------------------------------------------------------------------------- idempotence

_PIECES = st.sampled_from([
    "同志们：", "我们要", "坚持", "“", "”", "\"", "'", ",", "，", "。", ".", "...", "。。。", "--", "――",
    "(", ")", "（", "）", ":", "：", ";", "?", "!", " ", "　", "\t", "XX", "××", "王**", "2024年",
    "10:30", "1,000", "www.example.gov.cn", "Python", "一、", "（一）", "1.", "一是", "来源：网络",
    "上一篇：", "第1页 共3页", "&nbsp;", "&ldquo;", "<br>", "[image: a.png]", "的", "了", "、", "……",
    "ＡＢ２", "——", "谢谢大家！", "\u200b", "\x07", "相关阅读", "http://a.cn/x?y=1", "发展", "会议",
    # the parts of an official text and of a saved page
    "关于做好", "工作的通知", "在全县大会上的讲话", "各乡镇人民政府：", "这次会议十分重要，我们要认真贯彻落实",
    "某某市人民政府", "2024年3月1日", "（2024年3月1日）", "——在全县会议上的讲话", "县委书记 张三",
    "附件：1.", "抄送：", "我就讲这些，谢谢大家！", "    ", "(一)", "第一条", "第一章", "总　则",
    "发布日期：2024-01-01", "索引号：123", "首页 > 政务公开", "【打印】【关闭】", "瑞政办〔2011〕129号",
])
_LINE = st.lists(_PIECES, max_size=14).map("".join)


@st.composite
def _texts_with_repeats(draw):
    """Lines of pieces, with some of them copied, cut in two, or turned into a teaser (a
    start of a line breaking off with dots) elsewhere in the text."""
    lines = draw(st.lists(st.one_of(_LINE, st.just("")), min_size=1, max_size=12))
    for _ in range(draw(st.integers(0, 3))):
        line = draw(st.sampled_from(lines))
        at = draw(st.integers(0, len(lines)))
        cut = draw(st.integers(0, len(line)))
        kind = draw(st.sampled_from(["copy", "cut", "teaser"]))
        if kind == "copy":
            lines.insert(at, line)
        elif kind == "cut":
            lines[at:at] = [line[:cut], line[cut:]]
        else:
            lines.insert(at, draw(st.sampled_from(["", "讲话", "摘要："])) + line[:cut]
                         + draw(st.sampled_from(["...", "…", "……"])))
    return lines


def _texts(result) -> list[str]:
    return [line.text for line in result.lines]


@settings(max_examples=250, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_texts_with_repeats())
@example(["县委书记 张三在全县大会上的讲话\u3000。"])  # a mark alone after a title is no text run on
# a teaser over the lines: the title under the salutation is looked for past it, as it will be gone
@example(["同志们：...", "同志们：同志们：<br>同志们：", "同志们：同志们：<br>同志们：", "同志们：同志们：<br>同志们："])
# a speech title with 。。。 (an ellipsis once punctuation is settled) run into its text
@example(["。。。——在全县会议上的讲话&nbsp;2024年。"])
def test_cleaning_twice_changes_nothing(lines):
    once = _texts(clean(lines))
    assert _texts(clean(once)) == once


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from("中文会议,，.。\"“”'‘’()（）:：;!?XＸ×* -—…\n　a1"), max_size=60))
def test_punctuation_twice_changes_nothing(text):
    assert normalise(normalise(text)) == normalise(text)


@pytest.mark.parametrize("lines", [
    ["同志们：", "同志们：", "今天开会。"],                           # a salutation is no title
    ["“", "同志们：", "”"],                                          # no salutation once joined
    ["同志们：,我们要", "同志们：", ",我们要"],                        # a repeat made by joining
    ["【", "打印】【关闭】", "", "【打印】【关闭】"],                   # chrome cut in two
    ["来源", "：网络", "正文。"],                                     # a metadata line cut in two
    ["同志们：&nbsp", ";", "同志们：“这次会议十分重要，我们要认真贯彻落实"],  # an entity cut in two
    ["同志们：同志们：Pythonhttp://a.cn/x?y=1ＡＢ２同志们："],          # a banner once half-width
    ["讲话同志们：同志们：同志", "...", "讲话同志...", "同志们：同志们：同志们：",
     "讲话同志们：同志们：同志..."],                                   # teasers between a title and its teaser
    ["(一)我们要...总\u3000则同志们：同志们：。"],                       # an ellipsis, either width, is no heading's
    ["——在全县会议上的讲话同志们：在全县大会上的讲话", "——在全县会议上的讲话"],  # a title split off its salutation, repeated
])
def test_cleaning_twice_changes_nothing_on_what_random_texts_found(lines):
    once = _texts(clean(lines))
    assert _texts(clean(once)) == once


def test_a_second_look_records_each_change_once_with_its_source_line():
    result = clean(["正文。", "来源", "：网络", "其他。"])
    assert _texts(result) == ["正文。", "其他。"]
    joined = [d for d in result.diagnostics if d.code == "lines-joined"]
    dropped = [d for d in result.diagnostics if d.code == "boilerplate-removed"]
    assert [(d.line, d.text) for d in joined] == [(3, "：网络")]
    assert [(d.line, d.text) for d in dropped] == [(2, "来源：网络")]
    assert result.meta == {"source": "网络"}


def test_rule_names_are_unique_and_documented():
    assert len(set(RULE_NAMES)) == len(RULE_NAMES)
    assert all(rule.summary for rule in RULES)


# --------------------------------------------------------------------------- fast patterns

_FAST = {name: getattr(P, name) for name in ("PLACEHOLDER", "TEASER_END")}
_FAST_PIECES = [*"XＸ×✕╳xｘ*＊□■△▲◇◆○_＿.…。·©()cCaAiI备证公网安政站码年月日第号一〇 \u3000中z0",
                "copyright", "all rights reserved", "ICP", "网站标识码", "政府网站标识", "建议使用",
                "浏览器", "分辨率"]
#: Text made of the characters and words the patterns look for, each often doubled or tripled.
_FAST_TEXT = st.lists(st.tuples(st.sampled_from(_FAST_PIECES), st.integers(1, 3)),
                      max_size=16).map(lambda pieces: "".join(p * n for p, n in pieces))


def _unwrapped(pattern: re.Pattern[str]) -> re.Pattern[str]:
    inner = re.fullmatch(r"\(\?=\[[^\]]+\]\)\(\?:(.*)\)", pattern.pattern, re.S)
    assert inner, pattern.pattern
    return re.compile(inner.group(1), pattern.flags)


@pytest.mark.parametrize("name", sorted(_FAST))
@settings(max_examples=400, deadline=None)
@given(text=_FAST_TEXT)
def test_a_fast_pattern_matches_what_the_plain_pattern_matches(name, text):
    fast = _FAST[name]
    plain = _unwrapped(fast)
    assert [m.span() for m in fast.finditer(text)] == [m.span() for m in plain.finditer(text)]


def test_a_line_asked_to_be_kept_stays_where_it_was_and_is_recorded():
    lines = ["中词库 / www.zciku.com", "同志们：", "来源：网络  作者：某某", "今天召开会议，很重要。"]
    plain = clean(lines)
    assert [d.line for d in plain.diagnostics if d.code == "boilerplate-removed"] == [1, 3]
    kept = clean(lines, keep=[3])
    assert [line.text for line in kept.lines] == lines[1:]
    assert [d.line for d in kept.diagnostics if d.code == "boilerplate-removed"] == [1]
    assert [(d.line, d.code) for d in kept.diagnostics if d.code == "line-kept"] == [(3, "line-kept")]
    assert clean(lines, keep=[1, 3]).lines[0].text == "中词库 / www.zciku.com"


@pytest.mark.parametrize("block", [
    ["时间：2008年04月21日", "", "来源：某某新闻网", "链接：http://www.example.com/a/1.html"],
    ["来源：某某在线", "日期：2014年03月19日", "链接：http://www.example.com/a/2.html"],
])
def test_the_date_of_a_block_of_fields_under_an_article_goes_with_it(block):
    lines = ["会议要求，要聚焦重点行业领域，深入开展隐患排查整治。", "", *block]
    assert [line.text for line in clean(lines).lines if line.text] == lines[:1]


def test_a_notices_time_line_without_fields_around_it_stays():
    lines = ["一、会议安排", "时间：2024年3月1日", "地点：县政府三楼会议室", "请准时参加。"]
    assert [line.text for line in clean(lines).lines] == lines


def test_a_numbered_paragraph_broken_mid_clause_goes_on_in_the_next_line():
    items = [f"{n}．推进第{n}项重点任务，完善相关工作机制，确保按期完成。（持续推进，牵头单位：市某某局）" for n in range(1, 7)]
    broken = ["7．对标先进地区，新增企业群众关心关注的行业和", "领域，形成新的清单，并不断扩大覆盖范围。（5月底完成，牵头单位：市某某局）"]
    texts = [line.text for line in clean([*items, *broken]).lines if line.text]
    assert texts[-1] == "".join(broken) and texts[:-1] == items
    doc = docgen.parse("\n".join(["某某市重点任务清单", *items, *broken]).encode(), input_format="text")
    assert not any(type(b).__name__ == "Heading" for b in doc.blocks)


def test_headings_with_commas_over_their_paragraphs_are_not_joined_to_them():
    lines = [line for k, n in enumerate("一二三四五六") for line in (
        f"{n}、提高政治站位，切实增强做好这项工作的责任感和使命感",
        f"各地要把第{n}项工作摆上重要位置，认真研究部署，" + "层层压实责任，" * k + "确保取得实效。")]
    texts = [line.text for line in clean(lines).lines if line.text]
    assert texts == lines


def test_picture_captions_under_an_enumeration_written_a_phrase_a_line_are_not_glued_to_it():
    lines = ["九月八日一早，校领导们走访每一间办公室，给老师们送上诚挚的节日慰问。", "学校还为老师们准备了三份礼物：",
             "一份暖心祝福、", "一条温馨短信、", "一顿免费午餐", "小学部节日慰问", "初中部节日慰问"]
    texts = [line.text for line in clean(lines).lines if line.text]
    assert texts[-3:] == ["一份暖心祝福、一条温馨短信、一顿免费午餐", "小学部节日慰问", "初中部节日慰问"]
    # a line that goes on in the sentence is still joined to the enumeration
    texts = [line.text for line in clean([*lines[:4], "一顿免费午餐", "等暖心礼物，受到老师们的欢迎。"]).lines if line.text]
    assert texts[-1] == "一份暖心祝福、一条温馨短信、一顿免费午餐等暖心礼物，受到老师们的欢迎。"


@pytest.mark.parametrize("credit", ["新华社记者 某某某 摄", "本报记者 王某、李某某 摄"])
def test_a_pictures_caption_with_its_photographers_credit_goes_and_a_sentence_about_a_reporter_stays(credit):
    caption = "5月10日上午，某某市召开全市安全生产工作会议并作出部署。" + credit
    body = ["会议强调，要压紧压实安全生产责任。", "现场一片忙碌。记者赶到现场"]
    assert [line.text for line in clean([caption, *body]).lines if line.text] == body


def test_a_sentence_giving_an_address_as_a_note_in_brackets_is_no_banner():
    """Words longer than a site's name before an address in brackets are a sentence giving it
    as a note: kept; a site's name with its address in brackets is a banner."""
    lines = ["某某学院关于做好报名工作的通知", "学生须到学校指定的系统在线报名 （http://bm.example.edu.cn/2031/）",
             "某某网（www.example.com）"]
    kept = [l.text for l in clean(lines, skip=["punctuation"]).lines]
    assert lines[1] in kept, kept
    assert lines[2] not in kept, kept


def test_a_news_link_label_under_a_speech_and_the_linked_headline_are_chrome():
    """``新闻链接：`` under the last paragraph heads a list of the reports it links: the label and
    the headline under it go, the paragraph stays."""
    lines = ["在2030年新春座谈会上的讲话", "同志们：", "　　最后，祝大家新春愉快、阖家幸福！", "新闻链接：",
             "某某举行新春座谈会 某某发表讲话"]
    kept = [l.text for l in clean(lines).lines]
    assert "最后，祝大家新春愉快、阖家幸福！" in kept, kept
    assert not [t for t in kept if "新闻链接" in t or "座谈会 某某" in t], kept


def test_prose_kept_outside_a_pages_main_text_is_never_glued_to_it():
    """A reader's comment kept under the article (page-body keeps prose it is unsure of) is not
    joined onto the article's last line, though that line breaks off without a full stop."""
    from docgen.cleaner.joining import broken_lines

    lines = [Line(1, "会议指出，要坚持稳中求进工作总基调，完整准确全面贯彻新发展理念，着力推动高质量发展。"),
             Line(2, "会议强调，要统筹发展和安全，持续推进改革开放，不断增强人民群众的获得感、幸福感，推动经济实现质的有效提升"),
             Line(5, "这篇文章写得很好，我们一定要认真学习，把会议精神落到实处，推动各项工作取得新的更大成效。")]
    ctx = Context()
    assert len(broken_lines(list(lines), ctx)) == 2        # on their own, the last two lines are one sentence
    ctx = Context(outside={5})
    out = [line.text for line in broken_lines(list(lines), ctx)]
    assert out == [lines[0].text, lines[1].text, "", lines[2].text]  # a blank line keeps them apart


def test_prose_kept_outside_the_main_text_stays_apart_when_cleaned_again():
    page = (["上一篇：", ""] + ["同志们："] * 10 + ["我们要在全县大会上的讲话同志们：,我们要", "上一篇：", "同志们：2024年"]
            + ["同志们："] * 10)
    once = [line.text for line in clean(page).lines]
    assert [line.text for line in clean(once).lines] == once



def test_a_line_opening_with_a_closing_quote_goes_on_the_line_above_wherever_it_stands():
    """A line that starts with a mark no sentence starts with (``”``) is the rest of the line
    above, also when the page-body finder kept it, unsure, outside the main text: joined as a
    second cleaning would join it once the chrome between them is gone."""
    from docgen.cleaner.joining import broken_lines

    lines = [Line(1, "他说：“我们要把这件事办好。"), Line(4, "”会议要求各地认真贯彻落实。")]
    ctx = Context(outside={4})
    assert [line.text for line in broken_lines(list(lines), ctx)] == [
        "他说：“我们要把这件事办好。”会议要求各地认真贯彻落实。"]
    once = [line.text for line in clean(["他说：“我们要把这件事办好。", "10:30", "首页 > 政务公开",
                                         "”会议要求各地认真贯彻落实。"]).lines]
    assert [line.text for line in clean(once).lines] == once

def test_a_line_with_dots_said_again_whole_below_is_no_teaser():
    lines = ["分工如下：", "一、上午9:00，开幕式", "主持人××××……", "二、上午10:00，分组讨论",
             "主持人××××……", "三、下午2:00，闭幕式", "主持人××××……", "请审议。"]
    kept = [l.text for l in clean(lines, skip=["punctuation"]).lines]
    assert kept.count("主持人××××……") == 3


@pytest.mark.parametrize("stop", ["。", "."])
def test_a_speech_title_run_into_its_text_is_split_whatever_the_width_of_its_stop(stop):
    out = [line.text for line in clean([f"——在全县会议上的讲话\u3000我们要抓好落实{stop}"]).lines]
    assert out == ["——在全县会议上的讲话", "我们要抓好落实。"]
    assert [line.text for line in clean(out).lines] == out


@pytest.mark.parametrize("text", ["::::::—", "::::::::::::中文", "会议,,,,,,,,,,"])
def test_a_run_of_marks_next_to_chinese_turns_full_width_in_one_go(text):
    once = normalise(text)
    assert normalise(once) == once
    assert not any(c in once for c in ",:")


def test_a_labelled_address_between_two_items_is_the_items_field():
    """A labelled address between ``二、`` and ``三、`` of a list belongs to the item above it:
    kept; the same line above the list is the site's banner."""
    lines = ["某某镇公所关于举办秋季活动的公告", "原文地址:https://www.example.org/news/1.html", "",
             "一、活动订于10月5日举行。", "二、报名请于9月30日前完成。",
             "线上报名:https://signup.example.org/form.aspx",
             "三、如遇天气原因延期,另行通知。"]
    kept = [l.text for l in clean(lines, skip=["punctuation"]).lines]
    assert lines[5] in kept, kept
    assert lines[1] not in kept, kept
