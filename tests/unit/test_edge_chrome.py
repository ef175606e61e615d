"""The line score (``docgen/shapes/linescore.py``) and the cleaning rule that uses it at a text's
edges (``edge-chrome``, ``docgen/cleaner/edges.py``).  Each page below is made up for the test;
each asserts first that no other rule takes the lines in question (with ``edge-chrome`` off they
stay), so that what it measures is this rule."""

from __future__ import annotations

import pytest

from docgen.cleaner import clean
from docgen.cleaner.edges import MIN_ALONE_SCORE
from docgen.shapes import linescore
from docgen.shapes.linescore import chrome_score, features

HEADLINE = "某某县召开秋季防火工作会议"
BODY = ["10月8日，某某县召开秋季森林防火工作会议，安排部署全县秋季森林防火工作。",
        "会议要求，各乡镇要压紧压实责任，确保不发生重大森林火灾。"]
SITE_LABEL = "某某新闻网 专题频道"
LENGTH_NOTE = "本篇文章字数356字"


def _texts(lines, **kw):
    return [line.text for line in clean(lines, **kw).lines]


def _edge_drops(lines, **kw):
    return [(d.line, d.text) for d in clean(lines, **kw).diagnostics if d.message.startswith("edge-chrome: ")]


def test_the_model_ships_and_never_learned_from_the_held_back_set():
    model = linescore.model()
    assert len(model.weights) > 1000
    assert "held" not in model.learned_from and "tune" in model.learned_from


def test_features_fold_width_script_digits_and_letters():
    assert features("２０２４年５月") == features("2024年5月") == features("1999年1月")
    assert features("閱讀 www.site.com") == features("阅读www.abc.org")
    assert features("") == frozenset() and chrome_score("  ") == 0.0


@pytest.mark.parametrize("chrome", ["责任编辑：张某", "点击查看原图", "本站编辑整理", "来源网站：某某网"])
def test_furniture_scores_far_above_zero(chrome):
    assert chrome_score(chrome) >= 4


@pytest.mark.parametrize("text", ["特此通知。", "关于开展2018年职工健步走活动的通知", "谢谢大家！", *BODY])
def test_a_documents_own_lines_score_below_zero(text):
    assert chrome_score(text) < 0


def test_lines_rated_as_furniture_above_and_below_a_pages_text_are_dropped_recorded_and_can_be_turned_off():
    page = [SITE_LABEL, HEADLINE, *BODY, LENGTH_NOTE]
    assert _texts(page, skip=["edge-chrome"]) == page
    assert _texts(page) == [HEADLINE, *BODY]
    drops = [d for d in clean(page).diagnostics if d.message.startswith("edge-chrome: ")]
    assert [(d.line, d.code) for d in drops] == [(1, "boilerplate-removed"), (5, "boilerplate-removed")]
    assert all("score" in d.message for d in drops)


def test_one_such_line_alone_is_no_evidence_of_a_page(monkeypatch):
    # rated as furniture, but not so surely that one line proves a page by itself
    monkeypatch.setattr(linescore, "model", lambda: _Always(MIN_ALONE_SCORE - 0.5))
    page = [HEADLINE, *BODY, LENGTH_NOTE]
    assert _texts(page) == page


def test_one_line_rated_surely_as_furniture_is_evidence_of_a_page_by_itself(monkeypatch):
    monkeypatch.setattr(linescore, "model", lambda: _Always(MIN_ALONE_SCORE + 0.5))
    page = [HEADLINE, *BODY, LENGTH_NOTE]
    assert _texts(page, skip=["edge-chrome"]) == page
    assert _texts(page) == [HEADLINE, *BODY]


def test_nothing_between_paragraphs_is_weighed(monkeypatch):
    monkeypatch.setattr(linescore, "model", lambda: _Always(6.0))
    page = [SITE_LABEL, HEADLINE, BODY[0], "专题频道", BODY[1], LENGTH_NOTE]
    assert _texts(page) == [HEADLINE, BODY[0], "专题频道", BODY[1]]


def test_a_line_asked_to_be_kept_is_not_weighed():
    page = [SITE_LABEL, HEADLINE, *BODY, LENGTH_NOTE]
    result = clean(page, keep=[5])
    assert LENGTH_NOTE in [line.text for line in result.lines]
    assert not any(d.code == "line-kept" for d in result.diagnostics)


@pytest.mark.parametrize("protected", [
    "2024年10月8日",            # the document's date
    "同学们",                    # a vocative without its colon
    "各位领导：",                # a salutation
    "王小明",                    # below the text: a name alone is a signature's shape
    "附件：报名表",              # an attachment's label
    "国务院总理 李某某",         # a speaker and office
    "——在全县秋季防火工作会议上的讲话",  # a speech's subtitle
])
def test_a_documents_own_shapes_at_its_edges_are_never_weighed(protected, monkeypatch):
    monkeypatch.setattr(linescore, "model", lambda: _Always(9.0))
    above = protected in ("同学们", "各位领导：", "国务院总理 李某某", "——在全县秋季防火工作会议上的讲话")
    where = [SITE_LABEL, HEADLINE, protected, *BODY, LENGTH_NOTE] if above \
        else [SITE_LABEL, HEADLINE, *BODY, protected, LENGTH_NOTE]
    assert protected in _texts(where)
    assert SITE_LABEL not in _texts(where)


def test_the_headline_is_kept_unless_rated_far_higher(monkeypatch):
    monkeypatch.setattr(linescore, "model", lambda: _Always(9.0))
    assert _texts([SITE_LABEL, HEADLINE, *BODY, LENGTH_NOTE]) == [HEADLINE, *BODY]
    monkeypatch.setattr(linescore, "model", lambda: _Always(11.0))
    assert _texts([SITE_LABEL, HEADLINE, *BODY, LENGTH_NOTE]) == BODY


def test_a_headline_that_breaks_off_with_an_ellipsis_is_the_probable_title(monkeypatch):
    monkeypatch.setattr(linescore, "model", lambda: _Always(9.0))
    teaser = "他放弃百万年薪来到这里 唯一的要求竟是……"
    assert _texts([SITE_LABEL, teaser, *BODY, LENGTH_NOTE]) == [teaser, *BODY]


def test_a_title_run_on_into_its_byline_is_kept_however_the_byline_is_rated(monkeypatch):
    monkeypatch.setattr(linescore, "model", lambda: _Always(15.0))
    fused = HEADLINE + " 发布日期：2021-10-29 10:00 信息来源：某某县 字号：[ ]"
    page = [SITE_LABEL, fused, *BODY, LENGTH_NOTE]
    assert _texts(page, skip=["edge-chrome"]) == page
    assert _texts(page) == [fused, *BODY]
    column = "通知公告 发布日期：2021-10-29 10:00 信息来源：某某县"  # a column's name is no title
    assert _texts([SITE_LABEL, column, *BODY, LENGTH_NOTE]) == BODY


def test_the_pages_title_as_the_reader_found_it_is_kept(monkeypatch):
    monkeypatch.setattr(linescore, "model", lambda: _Always(9.0))
    page = [HEADLINE, "专题频道", *BODY, LENGTH_NOTE]
    assert HEADLINE not in _texts(page)
    assert HEADLINE in _texts(page, title_hint=HEADLINE + "_某某新闻网")


def test_a_line_of_a_title_broken_inside_its_brackets_and_a_title_field_are_kept(monkeypatch):
    monkeypatch.setattr(linescore, "model", lambda: _Always(9.0))
    page = ["某某网", "标　　题：关于印发《某某县秋季防火", "工作方案》的通知", *BODY, LENGTH_NOTE]
    texts = _texts(page)
    assert "某某网" not in texts
    assert "标　　题：关于印发《某某县秋季防火" in texts and "工作方案》的通知" in texts


def test_items_a_last_sentence_introduces_are_not_weighed(monkeypatch):
    monkeypatch.setattr(linescore, "model", lambda: _Always(9.0))
    intro = "本次运动会设以下比赛项目，请各班积极组织报名："
    page = [SITE_LABEL, HEADLINE, BODY[0], intro, "男子一百米", "女子跳高"]
    assert _texts(page)[-3:] == [intro, "男子一百米", "女子跳高"]


def test_a_text_without_a_sentence_is_left_alone(monkeypatch):
    monkeypatch.setattr(linescore, "model", lambda: _Always(9.0))
    lines = ["某某网", "通知", "明天停水", "某某物业"]
    assert _texts(lines) == lines


class _Always:
    """A model that rates every line the same, except the text's sentences, which it rates as
    text (so that the tests above see the rule's protections, not the weights)."""

    learned_from = ("tune",)

    def __init__(self, score: float):
        self.value = score

    def score(self, text: str) -> float:
        return -9.0 if text in BODY or "：" in text[-1:] else self.value


def test_lines_are_weighed_as_the_character_rules_leave_them():
    """``。。。`` ends a sentence only until punctuation writes it ``……``: the rule decides on the
    line as it will stand, so cleaning its output again decides the same way."""
    lines = ["www.example.gov.cn。。。", "www.example.gov.cn。。。", "同志们：我就讲这些，谢谢大家！"]
    once = _texts(lines)
    assert _texts(once) == once


def test_what_stands_over_the_texts_date_is_its_own(monkeypatch):
    monkeypatch.setattr(linescore, "model", lambda: _Always(9.0))
    page = [SITE_LABEL, HEADLINE, *BODY, "报名表下载地址：www.example.gov.cn/bmb", "某某县人民政府办公室",
            "2024年3月15日", LENGTH_NOTE]
    assert _texts(page) == [HEADLINE, *BODY, "报名表下载地址：www.example.gov.cn/bmb", "某某县人民政府办公室",
                            "2024年3月15日"]


def test_a_last_sentence_that_lost_its_mark_is_not_weighed(monkeypatch):
    """A hotline is a footer's as often as a notice's; two clauses apart by a comma make it a
    sentence of the text, whatever it speaks of."""
    monkeypatch.setattr(linescore, "model", lambda: _Always(9.0))
    last = "如有疑问,可随时拨打24小时热线咨询:0371-12345678"
    page = [SITE_LABEL, HEADLINE, *BODY, last]
    assert _texts(page)[-1].replace("，", ",").replace("：", ":") == last


def test_the_note_under_the_texts_date_is_its_own(monkeypatch):
    monkeypatch.setattr(linescore, "model", lambda: _Always(9.0))
    page = [SITE_LABEL, HEADLINE, *BODY, "某某县人民政府", "", "2024年3月15日", "", "（此件公开发布）", "", LENGTH_NOTE]
    texts = _texts(page)
    assert "（此件公开发布）" in texts and LENGTH_NOTE not in texts


def test_a_formal_title_broken_over_double_spaced_lines_is_kept_whole(monkeypatch):
    monkeypatch.setattr(linescore, "model", lambda: _Always(9.0))
    title = ["某某区管委会关于", "", "对某某银行某某分行等", "", "十二家金融机构予以表彰的决定"]
    page = ["首页", "", *title, "", "各有关单位：", "", *BODY, LENGTH_NOTE]
    texts = _texts(page)
    assert [t for t in title if t] == [t for t in texts if t and t in title] and "首页" not in texts


def test_a_last_sentence_with_a_credit_run_on_is_not_weighed(monkeypatch):
    monkeypatch.setattr(linescore, "model", lambda: _Always(9.0))
    last = "美好的一星期从升国旗开始吧！（某某小学 李某）"
    page = [SITE_LABEL, HEADLINE, *BODY, last, LENGTH_NOTE]
    assert _texts(page) == [HEADLINE, *BODY, last]


class _Scores:
    """A model with a score for each line named, and ``default`` for any other (the text's
    sentences rated as text)."""

    learned_from = ("tune",)

    def __init__(self, scores: dict[str, float], default: float = -9.0):
        self.scores, self.default = scores, default

    def score(self, text: str) -> float:
        return -9.0 if text in BODY else self.scores.get(text, self.default)


EDITOR = "责任编辑：张某"  # dropped by a chrome family before the line score is asked


def test_a_short_line_rated_lower_goes_when_its_neighbour_on_the_page_was_furniture(monkeypatch):
    monkeypatch.setattr(linescore, "model", lambda: _Scores({"公会简介": 3.0}))
    beside = ["公会简介", "网站地图", HEADLINE, *BODY]
    assert _texts(beside, skip=["edge-chrome"]) == ["公会简介", HEADLINE, *BODY]
    assert _texts(beside) == [HEADLINE, *BODY]
    apart = ["公会简介", HEADLINE, *BODY, "网站地图"]  # furniture on the page, but not next to it
    assert _texts(apart) == ["公会简介", HEADLINE, *BODY]
    byline = ["公会简介", EDITOR, HEADLINE, *BODY]  # a byline under it: a headline's place
    assert _texts(byline) == ["公会简介", HEADLINE, *BODY]


def test_a_run_of_lines_rated_lower_goes_with_the_furniture_it_stands_in(monkeypatch):
    menu = {"本会组织": 5.0, "公会简介": 3.0, "服务项目": 2.6, "会员园地": 2.0}
    monkeypatch.setattr(linescore, "model", lambda: _Scores(menu))
    page = ["本会组织", "公会简介", "服务项目", "会员园地", HEADLINE, *BODY, EDITOR]
    assert _texts(page, skip=["edge-chrome"]) == page[:-1]
    assert _texts(page) == ["会员园地", HEADLINE, *BODY]  # 2.0 is below the lower mark


def test_a_long_line_is_not_dropped_for_its_neighbours(monkeypatch):
    column = "• 【学习小组】某某某致信祝贺某某报创刊120周年"
    monkeypatch.setattr(linescore, "model", lambda: _Scores({column: 3.2}))
    page = [EDITOR, column, "编者按】", *BODY]
    assert column in _texts(page)


@pytest.mark.parametrize("button", ["放大", "缩小", "点此放大"])
def test_a_pages_button_below_the_text_is_weighed_though_it_is_as_short_as_a_name(button, monkeypatch):
    monkeypatch.setattr(linescore, "model", lambda: _Scores({button: 6.0}))
    page = [HEADLINE, *BODY, button, EDITOR]
    assert _texts(page, skip=["edge-chrome"]) == [HEADLINE, *BODY, button]
    assert _texts(page) == [HEADLINE, *BODY]


@pytest.mark.parametrize("signature", ["张明", "欧阳明", "王 明", "团委", "教务处"])
def test_a_name_or_a_units_short_name_below_the_text_is_never_weighed(signature, monkeypatch):
    monkeypatch.setattr(linescore, "model", lambda: _Scores({signature: 9.0}))
    page = [HEADLINE, *BODY, signature, EDITOR]
    assert signature in _texts(page)


def test_one_line_rated_very_high_is_evidence_of_a_page_by_itself(monkeypatch):
    search = "本站最新消息推播"
    monkeypatch.setattr(linescore, "model", lambda: _Scores({search: 6.5}))
    assert _texts([search, HEADLINE, *BODY]) == [HEADLINE, *BODY]
    monkeypatch.setattr(linescore, "model", lambda: _Scores({search: 5.5}))
    assert _texts([search, HEADLINE, *BODY]) == [search, HEADLINE, *BODY]


def test_a_line_without_chinese_is_not_taken_for_the_probable_title(monkeypatch):
    monkeypatch.setattr(linescore, "model", lambda: _Scores({"ABCLOGO": 5.0}))
    page = ["ABCLOGO", *BODY, EDITOR]
    assert _texts(page, skip=["edge-chrome"]) == ["ABCLOGO", *BODY]
    assert _texts(page) == BODY


def test_an_issuers_mark_is_never_weighed(monkeypatch):
    monkeypatch.setattr(linescore, "model", lambda: _Always(6.0))
    page = [EDITOR, "国观赏石协会文件", HEADLINE, *BODY]
    assert "国观赏石协会文件" in _texts(page)


def test_a_logos_text_in_latin_letters_begins_no_title_broken_over_lines():
    from docgen.api import parse

    text = "\n".join(["abcdlogo", "", "公会章程", "第一条　本会定名为某某公会。", "第二条　本会以协调同业关系为宗旨。"])
    speech = parse(text.encode("utf-8"), name="page.txt", input_format="text")
    assert speech.meta.title == "公会章程"


def test_a_byline_alone_under_the_title_is_no_evidence_of_a_page(monkeypatch):
    monkeypatch.setattr(linescore, "model", lambda: _Scores({"某某通讯社": 7.0}))
    assert _texts([HEADLINE, "某某通讯社", *BODY]) == [HEADLINE, "某某通讯社", *BODY]


def test_a_short_headline_over_its_byline_is_not_dropped_for_its_neighbours(monkeypatch):
    headline, byline = "「迎光，飞翔」", "报导日期：2030-06-12"
    monkeypatch.setattr(linescore, "model", lambda: _Scores({headline: 3.8, byline: 4.3}))
    page = [headline, byline, "报导单位：某某小学 教务处", *BODY, EDITOR]
    assert headline in _texts(page)


@pytest.mark.parametrize("label", ["附件：", "附件"])
def test_an_attachments_label_left_with_only_furniture_under_it_goes_with_the_furniture(label, monkeypatch):
    footer = "地址：某某市某某路1号（100000）"
    monkeypatch.setattr(linescore, "model", lambda: _Scores({footer: 6.0}))
    page = [HEADLINE, *BODY, "", label, "", footer]
    assert _texts(page, skip=["edge-chrome"]) == page
    assert _texts(page) == [HEADLINE, *BODY]


def test_an_attachments_label_over_a_file_or_under_a_text_citing_its_attachments_stays(monkeypatch):
    footer = "地址：某某市某某路1号（100000）"
    monkeypatch.setattr(linescore, "model", lambda: _Scores({footer: 6.0}))
    listed = [HEADLINE, *BODY, "", "附件：", "", "某某县秋季防火工作安排表", "", footer]
    assert _texts(listed) == [HEADLINE, *BODY, "", "附件：", "", "某某县秋季防火工作安排表"]
    cited = [SITE_LABEL, HEADLINE, BODY[0], "请各乡镇按附件要求报送安排表。", "", "附件："]  # its files lost in the copy
    assert "附件：" in _texts(cited)


@pytest.mark.parametrize("number", ["1", "3"])
def test_a_number_alone_below_a_pages_text_is_its_pager_or_counter(number, monkeypatch):
    monkeypatch.setattr(linescore, "model", lambda: _Scores({}, default=-9.0))
    page = [HEADLINE, "时间：2031/10/08 来源：某某县 点击数：12", *BODY, "", number]
    assert _texts(page, skip=["edge-chrome"]) == [HEADLINE, *BODY, "", number]
    assert _texts(page) == [HEADLINE, *BODY]


def test_a_number_alone_below_a_text_not_from_a_page_stays(monkeypatch):
    monkeypatch.setattr(linescore, "model", lambda: _Scores({}, default=-9.0))
    assert _texts([HEADLINE, *BODY, "", "1"]) == [HEADLINE, *BODY, "", "1"]


def test_a_columns_name_alone_as_the_last_line_goes_whatever_its_score(monkeypatch):
    monkeypatch.setattr(linescore, "model", lambda: _Always(0.0))
    page = [HEADLINE, *BODY, "", "学校公告"]
    assert _texts(page, skip=["edge-chrome"]) == page
    assert _texts(page) == [HEADLINE, *BODY]
    assert [line for line, _ in _edge_drops(page)] == [5]


def test_a_columns_name_with_text_under_it_or_a_closing_formula_stays(monkeypatch):
    monkeypatch.setattr(linescore, "model", lambda: _Always(0.0))
    between = [HEADLINE, BODY[0], "学校公告", BODY[1]]
    assert _texts(between) == between
    closing = [HEADLINE, *BODY, "特此公告"]
    assert _texts(closing) == closing


VERSE_HEAD = "青春正当时 五四表彰会"
VERSE_BYLINE = "作者：校团委 时间：2030-05-04 点击数："
VERSE_BODY = ["为纪念五四运动，激励广大青年师生奋发有为，学校团委举行了年度表彰大会，表彰了一批先进集体和个人。",
              "会议号召全校青年以先进为榜样，在学习和工作中勇挑重担，为学校发展贡献青春力量。"]


@pytest.mark.parametrize("word", ["今年", "今后"])
def test_a_short_line_between_two_lines_of_a_passage_set_a_phrase_a_line_stays(word):
    assert chrome_score(word) >= 4  # rated as furniture on its own
    opening = ["五月的风", "拂过每个人的脸庞", word, "是学校建校六十周年"]
    page = [VERSE_HEAD, VERSE_BYLINE, *opening, *VERSE_BODY]
    assert _texts(page) == [VERSE_HEAD, *opening, *VERSE_BODY]


@pytest.mark.parametrize("word", ["今年", "今后"])
def test_the_same_line_set_apart_from_the_text_still_goes(word):
    opening = ["五月的风", "拂过每个人的脸庞", "如今的我们", "是学校建校六十周年"]
    page = [VERSE_HEAD, VERSE_BYLINE, word, "", *opening, *VERSE_BODY]
    assert word in _texts(page, skip=["edge-chrome"])
    assert word not in _texts(page)


LISTED_TOOLS = ["- 2030-03-15", "- 加入收藏", "- 发表评论"]


def test_a_pages_tools_listed_as_items_under_its_title_go_and_the_title_stays():
    # an item of a list is never the title: the rule looks above the list for it
    assert chrome_score("- 加入收藏") < 10 <= chrome_score("- 发表评论")
    page = [HEADLINE, "", *LISTED_TOOLS, *BODY]
    assert "- 加入收藏" in _texts(page, skip=["edge-chrome"])
    assert _texts(page) == [HEADLINE, "", *BODY]


def test_the_title_right_over_the_text_stays_when_it_is_no_item_of_a_list():
    page = [SITE_LABEL, "- 发表评论", HEADLINE, *BODY]
    assert _texts(page) == [HEADLINE, *BODY]
