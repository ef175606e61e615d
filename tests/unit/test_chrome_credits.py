"""Chrome written with pinyin glosses, rights statements and credits: a converter may put a
pinyin gloss after each character of a page (``內(nèi)容``), a wiki prints its licence notice
under a work, a site its rights statement without brackets, and a news item ends with its
writer's name in brackets.  The texts below are made up for the test in those shapes."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

import docgen
from docgen.shapes.chrome import PINYIN_GLOSS, family_of, unglossed

GLOSSED_RIGHTS = ("版權聲明:本文內(nèi)容由互聯(lián)網(wǎng)用戶自發(fā)貢獻,該文觀點僅代表作者本人。"
                  "本站僅提供信息存儲空間服務,不擁有所有權。")
GLOSSED_BODY = "會(huì)議聽取了某某工作的匯報(bào),研究討論了某某項(xiàng)目建設(shè)的有關(guān)事項(xiàng)。"


def test_a_line_is_matched_without_the_pinyin_glosses_a_converter_put_in():
    assert unglossed("內(nèi)容由互聯(lián)網(wǎng)") == "內容由互聯網"
    assert unglossed("報（bào）道") == "報道"
    assert family_of(GLOSSED_RIGHTS) is not None
    assert family_of("□記者 某某 報(bào)道") is not None


def test_a_gloss_is_removed_only_after_an_ideograph_and_only_for_the_match():
    assert unglossed("Python(py) 3") == "Python(py) 3"
    assert unglossed("第一(一)条") == "第一(一)条"
    assert family_of(GLOSSED_BODY) is None


#: The gloss pattern as first written, the ideograph looked for before the bracket.
_GLOSS_AS_WRITTEN = re.compile(r"(?<=[\u4e00-\u9fff])[(（][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,6}[)）]")


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(["內", "容", "a", "Py", "(", "（", ")", "）", "nèi", "bào", "x", " ", "。", "一"]),
                max_size=14).map("".join))
def test_the_gloss_pattern_searched_from_its_bracket_matches_as_written(text):
    assert [m.span() for m in PINYIN_GLOSS.finditer(text)] == [m.span() for m in _GLOSS_AS_WRITTEN.finditer(text)]


def test_an_indent_lost_to_question_marks_does_not_hide_a_byline():
    assert family_of("??? □記者 某某 報(bào)道") is not None
    assert family_of("??? 某某會(huì)議聽取了匯報(bào)。") is None


def test_glossed_chrome_goes_and_glossed_text_stays_as_written():
    text = "\n".join(["某某縣召開常務會議", "", "□記者 某某 報(bào)道", "", GLOSSED_BODY, "",
                      "相關(guān)新聞：某某縣召開全會", "", GLOSSED_RIGHTS])
    speech = docgen.parse_text(text)
    printed = [speech.meta.title or "", *(b.text for b in speech.blocks)]
    assert any("匯報（bào）" in p for p in printed), printed  # the text keeps its glosses (brackets made full-width)
    assert not any("記者" in p or "版權" in p or "相關" in p for p in printed), printed


def test_a_source_credit_behind_a_bar_mark_goes_glossed_or_not_a_sentence_behind_one_stays():
    assert family_of("▌來源:某某協(xié)會(huì)會(huì)員部") is not None
    assert family_of("■ 来源：某某县融媒体中心") is not None
    text = "\n".join([GLOSSED_BODY, "", "▌來源:某某協(xié)會(huì)聯(lián)絡部", "", "■来源于群众的意见，我们都认真研究。"])
    printed = [b.text for b in docgen.parse_text(text).blocks]
    assert not any("聯（lián）絡部" in p for p in printed), printed
    assert any("来源于群众" in p for p in printed), printed


def test_a_wiki_licence_notice_and_a_rights_statement_go_the_body_stays():
    text = "\n".join([
        "某某市人民政府：",
        "你市关于调整某某区行政区划的请示收悉。现批复如下：同意调整，具体事项由你市组织实施。",
        "本作品是某国的法律、法规，及其官方正式译文。根据《某某法》第五条，本作品不适用于该法，属于公有领域。",
        "注：某某文库社群认为，某某公务演讲，不总是具有立法、行政、司法性质的文件。",
        "Public domainPublic domainfalsefalse",
        "版权声明 凡标明某某编译的文章,均为某某独家编译,未经授权严禁转载!违者必究!",
    ])
    printed = "\n".join(b.text for b in docgen.parse_text(text).blocks)
    assert "请示收悉" in printed
    for chrome in ["本作品", "社群认为", "Public domain", "版权声明"]:
        assert chrome not in printed, chrome


def test_a_credit_in_brackets_goes_a_stage_direction_stays():
    assert family_of("(圖文/劉某某)") is not None
    assert family_of("（石某某）") is not None
    assert family_of("初审编辑:") is not None
    assert family_of("党 办") is not None
    for text in ["（掌声）", "（笑声）", "（热烈掌声）", "（鼓掌）", "（万元）", "（略）"]:
        assert family_of(text, ("line", "page")) is None, text
    speech = "\n".join([
        "同志们：",
        "今天我们在这里隆重集会，庆祝某某成立五十周年。",
        "（掌声）",
        "让我们携手并进，共创美好的明天！",
        "（热烈掌声）",
    ])
    printed = [b.text for b in docgen.parse_text(speech).blocks]
    assert "（掌声）" in printed and "（热烈掌声）" in printed, printed


def test_no_break_spaces_lost_to_question_marks_are_an_indent_not_the_end_of_a_question():
    text = "\n".join(["某某單位:", "????根據規定,現將放假安排通知如下:", "????一、放假時間:", "????",
                      "????(一)9月15日放假。", "某某局? 某某辦公室: ?", "????你們知道嗎?"])
    lines = [b.text for b in docgen.parse_text(text).blocks]
    assert lines[:4] == ["某某單位：", "根據規定，現將放假安排通知如下：", "一、放假時間：", "（一）9月15日放假。"], lines
    assert lines[4:] == ["某某局？某某辦公室：", "你們知道嗎？"], lines
